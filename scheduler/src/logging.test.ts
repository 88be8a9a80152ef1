// What an operator reads on the scheduler's stdout: one JSON object per line, with the level
// threshold, child fields and errors as they are configured in main.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { winstonLogger } from './logging.js';

type Line = Record<string, unknown>;

function sink(): { stream: Writable; lines: () => Line[]; line: (i: number) => Line } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done): void {
      chunks.push(chunk.toString());
      done();
    },
  });
  const lines = (): Record<string, unknown>[] =>
    chunks
      .join('')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Line);
  const line = (i: number): Line => {
    const found = lines()[i];
    assert.ok(found, `no line ${i} in ${chunks.join('')}`);
    return found;
  };
  return { stream, lines, line };
}

void test('each entry is one JSON line: time, level and message first, then the fields', () => {
  const out = sink();
  const log = winstonLogger({
    level: 'info',
    fields: { component: 'scheduler' },
    stream: out.stream,
  });
  log.info('launching', { nodeId: 'node-1', cpus: 2 });
  const line = out.line(0);
  assert.deepEqual(Object.keys(line), ['time', 'level', 'message', 'component', 'nodeId', 'cpus']);
  assert.equal(line['level'], 'info');
  assert.equal(line['message'], 'launching');
  assert.equal(line['cpus'], 2);
  assert.ok(!Number.isNaN(Date.parse(String(line['time']))));
});

void test('the line is written before the call returns, so an exit right after keeps it', () => {
  const out = sink();
  const log = winstonLogger({ level: 'info', stream: out.stream });
  log.error('invalid configuration; nothing started', { errors: ['mesos.master is missing'] });
  assert.deepEqual(out.line(0)['errors'], ['mesos.master is missing']);
});

void test('entries below the configured level are dropped', () => {
  const out = sink();
  const log = winstonLogger({ level: 'warn', stream: out.stream });
  log.debug('offer declined');
  log.info('subscribed');
  log.warn('reconnecting');
  log.error('lost leadership');
  assert.deepEqual(
    out.lines().map((l) => l['level']),
    ['warn', 'error'],
  );
  const verbose = sink();
  winstonLogger({ level: 'debug', stream: verbose.stream }).debug('offer declined');
  assert.equal(verbose.lines().length, 1);
});

void test('an unknown level logs at info and says so', () => {
  const out = sink();
  const log = winstonLogger({ level: 'verbose', stream: out.stream });
  log.debug('hidden');
  log.info('shown');
  assert.deepEqual(
    out.lines().map((l) => [l['level'], l['message'], l['asked']]),
    [
      ['warn', 'unknown log level; logging at info', 'verbose'],
      ['info', 'shown', undefined],
    ],
  );
});

void test('child loggers carry their fields, nested, and a call can override one', () => {
  const out = sink();
  const root = winstonLogger({
    level: 'info',
    fields: { component: 'scheduler' },
    stream: out.stream,
  });
  const node = root.child({ nodeId: 'node-2' });
  const task = node.child({ taskId: 'node-2.7', passId: 3 });
  task.info('TASK_RUNNING');
  node.info('replaced', { passId: 4 });
  root.info('plan pass done');
  const [first, second, third] = [out.line(0), out.line(1), out.line(2)];
  assert.equal(first['component'], 'scheduler');
  assert.equal(first['nodeId'], 'node-2');
  assert.equal(first['taskId'], 'node-2.7');
  assert.equal(first['passId'], 3);
  assert.equal(second['passId'], 4);
  assert.equal(second['taskId'], undefined);
  assert.equal(third['nodeId'], undefined);
});

void test('errors print as their message; odd messages and field names change nothing', () => {
  const out = sink();
  const log = winstonLogger({ level: 'info', stream: out.stream });
  log.error('store write failed', {
    error: new Error('CONNECTION_LOSS'),
    cause: { error: new Error('x') },
  });
  log.info('disk at 90%s', { nodeId: 'node-0', message: 'a field', level: 'debug' });
  const [failed, odd] = [out.line(0), out.line(1)];
  assert.equal(failed['error'], 'CONNECTION_LOSS');
  assert.deepEqual(failed['cause'], { error: 'x' });
  assert.equal(odd['message'], 'disk at 90%s');
  assert.equal(odd['level'], 'info');
  assert.equal(odd['nodeId'], 'node-0');
});
