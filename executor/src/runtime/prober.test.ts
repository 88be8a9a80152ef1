// The probe loop against Jolokia endpoints that misbehave: nothing listening, a server that never
// answers. Each probe must end in an unhealthy report that says why, and the loop must go on.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { JolokiaClient } from '../cassandra/index.js';
import { capturedText } from '../testing/fixtures.js';
import { waitFor } from '../testing/wait-for.js';
import type { NodeHealthReport } from '../domain/health.js';
import { silentLogger } from '../logger.js';
import { HealthProber } from './prober.js';

const servers: Server[] = [];
after(() => {
  for (const server of servers) server.closeAllConnections();
  for (const server of servers) server.close();
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function prober(port: number, more: Partial<ConstructorParameters<typeof HealthProber>[0]> = {}) {
  const reports: NodeHealthReport[] = [];
  const probe = new HealthProber({
    jolokia: new JolokiaClient({ host: '127.0.0.1', port, timeoutMs: 150 }),
    intervalMs: 100,
    configVersion: 'v1',
    onReport: (r) => reports.push(r),
    log: silentLogger,
    ...more,
  });
  return { probe, reports };
}

void test('a Jolokia that never answers gives unhealthy reports with the reason, probe after probe', async () => {
  const port = await listen(() => {
    // Accept the request and never answer.
  });
  const { probe, reports } = prober(port);
  probe.start();
  try {
    await waitFor(() => reports.length >= 3, { timeoutMs: 5_000, what: 'three probe reports' });
  } finally {
    probe.stop();
  }
  for (const report of reports)
    assert.match(report.problem, /^jolokia unreachable: .*did not answer within 150 ms/);
});

void test('nothing listening: unhealthy, and nodetool is asked once for a second opinion', async () => {
  const port = await listen(() => undefined);
  for (const server of servers) server.closeAllConnections();
  await new Promise((resolve) => servers.pop()?.close(resolve));
  let asked = 0;
  const { probe, reports } = prober(port, {
    nodetoolInfo: () => {
      asked++;
      return Promise.resolve(capturedText('nodetool-info.txt'));
    },
  });
  probe.start();
  try {
    await waitFor(() => reports.length >= 6, { timeoutMs: 5_000, what: 'six probe reports' });
  } finally {
    probe.stop();
  }
  assert.match(reports[0]?.problem ?? '', /^jolokia unreachable: cannot reach .*ECONNREFUSED/);
  assert.equal(asked, 1, 'nodetool at most once per 5 minutes');
  const marker = 'nodetool info over JMX: gossip active, CQL active';
  assert.equal(reports.filter((r) => r.problem.includes(marker)).length, 1);
  assert.equal(
    reports.findIndex((r) => r.problem.includes(marker)),
    2,
    'after the third failed probe',
  );
});

void test('a trigger probes at once instead of waiting for the next tick', async () => {
  const body = capturedText('jolokia-health-normal.json');
  const port = await listen((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  const { probe, reports } = prober(port, { intervalMs: 60_000 });
  probe.start();
  try {
    const t0 = performance.now();
    probe.trigger();
    await waitFor(() => reports.length === 1, { timeoutMs: 2_000, what: 'the triggered probe' });
    assert.ok(performance.now() - t0 < 1_000);
    assert.equal(reports[0]?.operation_mode, 'NORMAL');
  } finally {
    probe.stop();
  }
});
