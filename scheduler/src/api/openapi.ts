// The OpenAPI 3.1 description served at /v1/openapi.json. Kept next to the routes; a test checks
// that every route answers and every documented path exists.
import { NODE_PHASES } from '../domain/node.js';

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

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'Cassandra on Mesos scheduler', version: '0.1.0' },
  components: {
    schemas: { Node: node },
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
        responses: ok('Status'),
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
        summary: 'Steps with status and reason, and the actions of the last pass',
        responses: ok('Plan'),
      },
    },
    '/v1/config': {
      get: { summary: 'The target config and what each node runs', responses: ok('Config') },
    },
    '/v1/openapi.json': { get: { summary: 'This document', responses: ok('OpenAPI') } },
  },
} as const;
