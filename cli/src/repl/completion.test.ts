import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMMANDS } from '../commands/index.js';
import { complete, expectation, type Expectation } from './completion.js';

const TOP = [
  'status',
  'nodes',
  'plan',
  'endpoints',
  'seeds',
  'repair',
  'config',
  'help',
  'exit',
  'quit',
];
const OPTIONS = ['--json', '--url', '--token', '--timeout', '--keyspace', '--running', '--help'];

const cases: [string, Expectation][] = [
  [
    '',
    {
      current: '',
      fits: TOP,
    },
  ],
  [
    'no',
    {
      current: 'no',
      fits: TOP,
    },
  ],
  ['nodes ', { current: '', fits: ['list', 'show', 'restart', 'replace'] }],
  ['nodes show ', { current: '', fits: 'node' }],
  ['nodes  restart node-', { current: 'node-', fits: 'node' }],
  ['nodes show node-1 ', { current: '', fits: 'nothing' }],
  ['--json nodes show ', { current: '', fits: 'node' }],
  ['--url http://x:1 nodes show n', { current: 'n', fits: 'node' }],
  ['repair pause ', { current: '', fits: 'repair' }],
  ['repair schedule p', { current: 'p', fits: ['show', 'pause', 'resume'] }],
  ['config diff ', { current: '', fits: 'nothing' }],
  ['help nodes ', { current: '', fits: ['list', 'show', 'restart', 'replace'] }],
  [
    'status --j',
    {
      current: '--j',
      fits: OPTIONS,
    },
  ],
  ['bogus ', { current: '', fits: 'nothing' }],
];

for (const [line, expected] of cases) {
  void test(`expectation(${JSON.stringify(line)})`, () => {
    assert.deepEqual(expectation(line, COMMANDS), expected);
  });
}

void test('complete: one hit finishes the word with a space; several are listed sorted; none is empty', () => {
  assert.deepEqual(complete('st', ['status', 'seeds']), [['status '], 'st']);
  assert.deepEqual(complete('node-', ['node-2', 'node-0', 'node-1']), [
    ['node-0', 'node-1', 'node-2'],
    'node-',
  ]);
  assert.deepEqual(complete('x', ['status']), [[], 'x']);
  assert.deepEqual(complete('', ['a', 'a']), [['a '], '']);
});
