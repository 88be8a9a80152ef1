import assert from 'node:assert/strict';
import { test } from 'node:test';
import { historyPath, isWorthKeeping } from './history.js';

const paths: [string, Record<string, string>, string][] = [
  ['CMF_HISTORY_FILE wins', { CMF_HISTORY_FILE: '/tmp/h', XDG_STATE_HOME: '/s' }, '/tmp/h'],
  ['then $XDG_STATE_HOME', { XDG_STATE_HOME: '/s' }, '/s/cassandra-mesos/history'],
  [
    'empty values count as unset',
    { CMF_HISTORY_FILE: '', XDG_STATE_HOME: '' },
    '/home/op/.local/state/cassandra-mesos/history',
  ],
  ['else ~/.local/state', {}, '/home/op/.local/state/cassandra-mesos/history'],
];

for (const [name, env, expected] of paths) {
  void test(`historyPath: ${name}`, () => {
    assert.equal(historyPath(env, '/home/op'), expected);
  });
}

const lines: [string, boolean][] = [
  ['status', true],
  ['   ', false],
  ['nodes restart node-1 --token s3cret', false],
  ['--token=s3cret status', false],
  ['config diff tokens.yaml', true],
];

for (const [line, expected] of lines) {
  void test(`isWorthKeeping(${JSON.stringify(line)}) is ${expected}`, () => {
    assert.equal(isWorthKeeping(line), expected);
  });
}
