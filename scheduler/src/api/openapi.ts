// The OpenAPI 3.1 description served at /v1/openapi.json. It is also the route table: a request
// whose method and path it does not list is refused before any handler (route-table.ts), so a
// route cannot be served undocumented; a test checks that every documented operation answers.
import { NODE_PHASES } from '../domain/node.js';
import { REPAIR_PATHS, REPAIR_SCHEMAS } from './openapi-repair.js';

const node = {
  type: 'object',
  properties: {
    id: { type: 'string', example: 'node-0' },
    seed: { type: 'boolean' },
    phase: { type: 'string', enum: NODE_PHASES },
    goal: { type: 'string' },
    agentId: { type: ['string', 'null'] },
    hostname: { type: ['string', 'null'] },
    address: { type: ['string', 'null'] },
    rack: { type: ['string', 'null'] },
    taskId: { type: ['string', 'null'] },
    taskState: { type: ['string', 'null'] },
    health: { type: ['object', 'null'] },
    failures: { type: 'integer' },
    lastFailure: { type: ['string', 'null'] },
    configVersion: { type: ['string', 'null'] },
    reason: { type: 'string', description: 'What the node is doing or waiting for' },
  },
};

const ok = (description: string, schema: unknown = { type: 'object' }) => ({
  200: { description, content: { 'application/json': { schema } } },
});

/** An operator request through the ops queue: the bearer token, the leader, the same gates. */
const nodeRequest = (summary: string) => ({
  post: {
    summary,
    security: [{ bearer: [] }],
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    responses: {
      200: { description: 'Already queued: the open item' },
      202: { description: 'Queued: the new item' },
      400: { description: 'The body is not a JSON object ({reason})' },
      401: { description: 'No or wrong bearer token' },
      404: { description: 'No such node' },
      409: { description: 'Refused (e.g. replacing a live node), with a code' },
      503: { description: 'A standby: send it to the leader' },
    },
  },
});

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'Cassandra on Mesos scheduler', version: '0.1.0' },
  components: {
    schemas: { Node: node, ...REPAIR_SCHEMAS },
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'For mutations (api.token)' },
    },
  },
  paths: {
    '/health': {
      get: { summary: 'The process is alive (never ring health)', responses: ok('Alive') },
    },
    '/v1/status': {
      get: {
        summary:
          'Desired vs actual, each node with phase, health and reason; reconciliation; leadership',
        responses: ok('Status', {
          type: 'object',
          properties: {
            nodes: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
            configErrors: { type: 'array', items: { type: 'object' } },
            repairs: { $ref: '#/components/schemas/RepairStatus' },
          },
        }),
      },
    },
    '/v1/nodes': {
      get: {
        summary: 'Every node',
        responses: ok('Nodes', { type: 'array', items: { $ref: '#/components/schemas/Node' } }),
      },
    },
    '/v1/nodes/{id}': {
      get: {
        summary: 'One node',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          ...ok('The node', { $ref: '#/components/schemas/Node' }),
          404: { description: 'No such node' },
        },
      },
    },
    '/v1/plan': {
      get: {
        summary:
          'Steps with status and reason, the actions of the last pass, the ops queue and its notes',
        responses: { ...ok('Plan: nothing in progress'), 202: { description: 'Work in progress' } },
      },
    },
    '/v1/config': {
      get: { summary: 'The target config and what each node runs', responses: ok('Config') },
    },
    '/v1/nodes/{id}/restart': nodeRequest('Restart the node in place (drain, relaunch)'),
    '/v1/nodes/{id}/replace': nodeRequest('Replace a node that is down on another agent'),
    '/v1/nodes/{id}/cleanup': nodeRequest('Run nodetool cleanup on the node (opt-in)'),
    '/v1/config/diff': {
      get: { summary: 'Restarts still owed to the target config', responses: ok('ChangeResult') },
      post: {
        summary: 'Dry run: what a proposed config ({env} or {settingsYaml}) would change',
        responses: {
          ...ok('ChangeResult'),
          422: { description: 'Refused or invalid, with codes' },
        },
      },
    },
    '/v1/endpoints': {
      get: { summary: 'CQL contact points (host:port)', responses: ok('Endpoints') },
    },
    '/v1/seeds': { get: { summary: 'The seed addresses', responses: ok('Seeds') } },
    '/v1/openapi.json': { get: { summary: 'This document', responses: ok('OpenAPI') } },
    ...REPAIR_PATHS,
  },
} as const;
