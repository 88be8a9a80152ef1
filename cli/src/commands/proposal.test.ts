import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProposedConfig } from '../api.js';
import { UsageError } from './command.js';
import { parseProposal } from './proposal.js';

const cases: [string, string, ProposedConfig][] = [
  [
    'a Marathon app: its env',
    JSON.stringify({ id: '/c/r1', cmd: 'x', env: { CASSANDRA_HEAP_MB: '6144' } }),
    { env: { CASSANDRA_HEAP_MB: '6144' } },
  ],
  [
    'a JSON map of variables',
    '{ "CASSANDRA_NODE_COUNT": "4" }',
    { env: { CASSANDRA_NODE_COUNT: '4' } },
  ],
  [
    'KEY=VALUE lines with comments and quotes',
    '# proposed\n\nCASSANDRA_JVM_OPTS="-XX:+UseG1GC -Xss1m"\nREPAIR_WINDOW=\n',
    { env: { CASSANDRA_JVM_OPTS: '-XX:+UseG1GC -Xss1m', REPAIR_WINDOW: '' } },
  ],
  ['YAML', 'ring:\n  nodeCount: 4\n', { settingsYaml: 'ring:\n  nodeCount: 4\n' }],
  [
    'a settings file written as JSON (sections, no env) is sent as settings',
    '{"ring":{"nodeCount":4},"cassandra":{"heapMb":768}}',
    { settingsYaml: '{"ring":{"nodeCount":4},"cassandra":{"heapMb":768}}' },
  ],
  [
    'a file that mixes KEY=VALUE and YAML is YAML',
    'A=1\nring: {}\n',
    { settingsYaml: 'A=1\nring: {}\n' },
  ],
];

for (const [name, text, expected] of cases) {
  void test(`parseProposal: ${name}`, () => {
    assert.deepEqual(parseProposal(text, 'f'), expected);
  });
}

const refused: [string, string, RegExp][] = [
  ['broken JSON', '{ "A": ', /^f: not valid JSON/],
  [
    'a number in env',
    '{"env":{"CASSANDRA_NODE_COUNT":3}}',
    /env CASSANDRA_NODE_COUNT is 3; Marathon takes strings only \(write "3"\)/,
  ],
  [
    'a Marathon secret reference',
    '{"env":{"API_TOKEN":{"secret":"tok"}}}',
    /env API_TOKEN is \{"secret":"tok"\}/,
  ],
];

for (const [name, text, message] of refused) {
  void test(`parseProposal refuses ${name} as a usage error`, () => {
    assert.throws(
      () => parseProposal(text, 'f'),
      (error: unknown) => error instanceof UsageError && message.test(error.message),
    );
  });
}
