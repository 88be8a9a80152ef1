import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { moduleAccessFlags, parseJvmOptions } from './jvm-options.js';

// The templates that ship in the distribution's conf/ (executor/dist/cassandra → repo root).
function template(name: string): string {
  return readFileSync(new URL(`../../../config/cassandra/${name}`, import.meta.url), 'utf8');
}

void test('reads option lines, splits them into words and skips comments and blanks', () => {
  const text = '# comment\n\n-Xss256k\n  --add-opens java.base/java.nio=ALL-UNNAMED  \n#-XX:+Off\n';
  assert.deepEqual(parseJvmOptions(text), [
    '-Xss256k',
    '--add-opens',
    'java.base/java.nio=ALL-UNNAMED',
  ]);
});

void test('module flags keep each --add-exports/--add-opens with its value and nothing else', () => {
  const options = [
    '-XX:+UseG1GC',
    '--add-exports',
    'a/b=ALL-UNNAMED',
    '-ea',
    '--add-opens',
    'c/d=ALL-UNNAMED',
  ];
  assert.deepEqual(moduleAccessFlags(options), [
    '--add-exports',
    'a/b=ALL-UNNAMED',
    '--add-opens',
    'c/d=ALL-UNNAMED',
  ]);
});

void test('the shipped JDK 17 list opens what Cassandra 5.0 reaches into', () => {
  const flags = moduleAccessFlags(parseJvmOptions(template('jvm17-server.options')));
  const pairs = new Set(
    flags.flatMap((flag, i) => (i % 2 === 0 ? [`${flag} ${flags[i + 1] ?? ''}`] : [])),
  );
  for (const needed of [
    '--add-exports java.base/jdk.internal.misc=ALL-UNNAMED',
    '--add-exports jdk.unsupported/sun.misc=ALL-UNNAMED',
    '--add-exports java.rmi/sun.rmi.registry=ALL-UNNAMED',
    '--add-opens java.base/java.nio=ALL-UNNAMED',
    '--add-opens java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens java.base/jdk.internal.ref=ALL-UNNAMED',
  ]) {
    assert.ok(pairs.has(needed), `missing ${needed}`);
  }
});

void test('the shipped server lists use G1 and no fixed heap (the launcher sets it per node)', () => {
  const options = [
    ...parseJvmOptions(template('jvm-server.options')),
    ...parseJvmOptions(template('jvm17-server.options')),
  ];
  assert.ok(options.includes('-XX:+UseG1GC'));
  assert.equal(
    options.some((option) => /^-Xm[sx]/.test(option)),
    false,
  );
});
