// The repair part of the OpenAPI document: runs (list, show, run now, pause/resume/abort), the
// schedule (show with its next fire time, pause/resume), and the gc_grace lines of /v1/status.
const nullable = (type: string) => ({ type: [type, 'null'] });
const ms = (description: string) => ({ ...nullable('integer'), description });

const keyspaceResult = {
  type: 'object',
  properties: {
    keyspace: { type: 'string' },
    status: { type: 'string', enum: ['running', 'succeeded', 'failed'] },
    startedAtMs: { type: 'integer' },
    endedAtMs: nullable('integer'),
    error: nullable('string'),
  },
};

const repairStep = {
  type: 'object',
  properties: {
    nodeId: { type: 'string' },
    status: {
      type: 'string',
      enum: ['pending', 'running', 'attemptFailed', 'succeeded', 'failed'],
    },
    attempts: { type: 'integer' },
    startedAtMs: nullable('integer'),
    endedAtMs: nullable('integer'),
    reportedAtMs: nullable('integer'),
    confirmedTerm: nullable('string'),
    lastError: nullable('string'),
    results: { type: 'array', items: keyspaceResult },
  },
};

const trigger = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['schedule', 'manual', 'afterReplace'] },
    atMs: { type: 'integer' },
    keyspaces: { type: ['array', 'null'], items: { type: 'string' } },
    replace: {
      type: 'object',
      description:
        'afterReplace only: the replace item, the replacement node, the address it took over',
      properties: {
        itemId: { type: 'string' },
        nodeId: { type: 'string' },
        replacedAddress: nullable('string'),
      },
    },
    reason: { type: 'string' },
  },
};

const repairRun = {
  type: 'object',
  properties: {
    runId: { type: 'string' },
    status: {
      type: 'string',
      enum: ['running', 'pausing', 'paused', 'aborting', 'succeeded', 'failed', 'aborted'],
    },
    reason: { type: 'string', description: 'The current run only: what it does or waits for' },
    trigger,
    createdAtMs: { type: 'integer' },
    type: { type: 'string', enum: ['full', 'incremental'] },
    primaryRange: { type: 'boolean' },
    keyspaces: { type: 'array', items: { type: 'string' } },
    unknownKeyspaces: { type: 'array', items: { type: 'string' } },
    steps: { type: 'array', items: repairStep, description: 'One per node, in ring order' },
    goal: { type: 'string', enum: ['run', 'pause', 'abort', 'abortNow'] },
    skippedTriggers: { type: 'array', items: { type: 'object' } },
    result: { type: ['string', 'null'], enum: ['succeeded', 'failed', 'aborted', null] },
    endedAtMs: nullable('integer'),
  },
};

const repairSchedule = {
  type: 'object',
  properties: {
    schedule: { ...nullable('string'), description: 'Cron expression; null: no schedule' },
    timezone: { type: 'string' },
    window: { ...nullable('string'), description: 'HH:MM-HH:MM, or null: any time' },
    paused: { type: 'boolean' },
    nextFireAtMs: ms('From the cron math at the time asked; null when paused or never'),
    lastOutcome: nullable('string'),
  },
};

const repairStatus = {
  type: ['object', 'null'],
  properties: {
    source: {
      type: 'string',
      enum: ['cassandra', 'config'],
      description: 'cassandra: gc_grace_seconds read from system_schema; config: the fallback',
    },
    reason: { ...nullable('string'), description: 'Why the configured value is shown' },
    readAtMs: nullable('integer'),
    keyspaces: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          keyspace: { type: 'string' },
          gcGraceSeconds: { type: 'integer', description: 'The smallest among its tables' },
          lastRepairedAtMs: ms('Start of the latest full repair on every node; null: never'),
          sinceMs: { type: 'integer' },
          overdue: { type: 'boolean' },
        },
      },
    },
    overdue: { type: 'array', items: { type: 'string' } },
  },
};

export const REPAIR_SCHEMAS = {
  RepairRun: repairRun,
  RepairSchedule: repairSchedule,
  RepairStatus: repairStatus,
};

const json = (description: string, ref: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const unauthorized = { 401: { description: 'No or wrong bearer token' } };
const standby = { 503: { description: 'A standby: send it to the leader' } };

const runAction = (summary: string) => ({
  post: {
    summary,
    security: [{ bearer: [] }],
    parameters: id,
    responses: {
      202: json('The run with its new goal', 'RepairRun'),
      ...unauthorized,
      404: { description: 'No such run' },
      409: { description: 'The run has ended, or the change does not apply' },
      ...standby,
    },
  },
});

const scheduleAction = (summary: string) => ({
  post: {
    summary,
    security: [{ bearer: [] }],
    responses: { 200: json('The schedule', 'RepairSchedule'), ...unauthorized, ...standby },
  },
});

export const REPAIR_PATHS = {
  '/v1/repairs': {
    get: {
      summary: 'Repair runs, newest first (from the store: standbys answer too)',
      responses: {
        200: {
          description: 'Runs',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  runs: { type: 'array', items: { $ref: '#/components/schemas/RepairRun' } },
                },
              },
            },
          },
        },
      },
    },
    post: {
      summary: 'Run a repair now, node by node through the serial queue',
      security: [{ bearer: [] }],
      requestBody: {
        required: false,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                keyspaces: {
                  type: 'array',
                  items: { type: 'string' },
                  description: 'Absent or empty: the configured keyspaces',
                },
              },
            },
          },
        },
      },
      responses: {
        201: json('Started (it may wait for the serial queue; its reason says why)', 'RepairRun'),
        400: { description: 'The body is not {keyspaces: [names]}' },
        ...unauthorized,
        409: { description: 'Not started: a run is still going (the reason says which)' },
        ...standby,
      },
    },
  },
  '/v1/repairs/{id}': {
    get: {
      summary: 'One run, its steps per node and, while current, why it waits',
      parameters: id,
      responses: { 200: json('The run', 'RepairRun'), 404: { description: 'No such run' } },
    },
  },
  '/v1/repairs/{id}/pause': runAction('Pause the run at the next node boundary'),
  '/v1/repairs/{id}/resume': runAction('Resume a paused run'),
  '/v1/repairs/{id}/abort': runAction('Abort the run at the next node boundary'),
  '/v1/repairs/{id}/abort-now': runAction('Abort now: cancel the running repair through JMX'),
  '/v1/repair-schedule': {
    get: {
      summary: 'The schedule, paused or not, its next fire time and last outcome',
      responses: { 200: json('The schedule', 'RepairSchedule') },
    },
  },
  '/v1/repair-schedule/pause': scheduleAction('Pause the schedule: fire times pass, recorded'),
  '/v1/repair-schedule/resume': scheduleAction('Resume the schedule'),
};
