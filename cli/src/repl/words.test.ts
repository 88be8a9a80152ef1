import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitWords } from './words.js';

const cases: [string, string[], boolean][] = [
  ['', [], true],
  ['   ', [], true],
  ['nodes show node-1', ['nodes', 'show', 'node-1'], true],
  ['  repair   start  ', ['repair', 'start'], true],
  ['config diff "my file.yaml"', ['config', 'diff', 'my file.yaml'], true],
  ['config diff \'a "b"\'', ['config', 'diff', 'a "b"'], true],
  ['config diff my\\ file', ['config', 'diff', 'my file'], true],
  ['status ""', ['status', ''], true],
  ['config diff "open', ['config', 'diff', 'open'], false],
];

for (const [line, words, closed] of cases) {
  void test(`splitWords(${JSON.stringify(line)})`, () => {
    assert.deepEqual(splitWords(line), { words, closed });
  });
}
