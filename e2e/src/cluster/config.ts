// The local cluster's configuration file (config/cluster.example.json): master address, agents with
// their resources and attributes, timings. Parsing is pure: a frozen config or the list of what is wrong.
import { parseAttributeText, parseResourceText } from './common/resource-text.js';
import { MESOS_TIMINGS, makeTimings, type Timings } from './common/timings.js';
import type { Attribute, Resource } from './link.js';

export interface AgentSpec {
  readonly ip: string;
  readonly port: number;
  readonly resources: readonly Resource[];
  readonly attributes: readonly Attribute[];
}

export interface ClusterConfig {
  readonly master: { readonly host: string; readonly port: number };
  readonly agents: readonly AgentSpec[];
  readonly workDir: string;
  readonly timings: Timings;
  /** Path of a Mesos credentials file; null = framework authentication off. */
  readonly credentials: string | null;
}

export const DEFAULT_RESOURCES =
  'cpus:2;mem:4096;disk:10000;ports:[7000-7001,7199-7199,8778-8778,9042-9042,31000-32000]';

type Raw = Record<string, unknown>;
export type ConfigOutcome = { ok: true; config: ClusterConfig } | { ok: false; errors: string[] };

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(raw: Raw, key: string, fallback: string): string {
  const v = raw[key];
  return typeof v === 'string' ? v : fallback;
}

function num(raw: Raw, key: string, fallback: number): number {
  const v = raw[key];
  return typeof v === 'number' ? v : fallback;
}

/** Agent i (0-based) when the file lists fewer than asked: 127.0.2.(i+1), racks r1..r3 in turn. */
function defaultAgentEntry(i: number): Raw {
  return { ip: `127.0.2.${i + 1}`, attributes: `rack:r${(i % 3) + 1}` };
}

function agentSpec(entry: Raw, defaults: Raw, errors: string[], i: number): AgentSpec {
  const resources = parseResourceText(
    text(entry, 'resources', text(defaults, 'resources', DEFAULT_RESOURCES)),
  );
  const attributes = parseAttributeText(
    text(entry, 'attributes', text(defaults, 'attributes', '')),
  );
  if (!resources.ok) errors.push(`agents[${i}].resources: ${resources.error}`);
  if (!attributes.ok) errors.push(`agents[${i}].attributes: ${attributes.error}`);
  return {
    ip: text(entry, 'ip', `127.0.2.${i + 1}`),
    port: num(entry, 'port', num(defaults, 'port', 5051)),
    resources: resources.ok ? resources.value : [],
    attributes: attributes.ok ? attributes.value : [],
  };
}

function timingsOf(raw: unknown, errors: string[]): Timings {
  if (raw === undefined) return MESOS_TIMINGS;
  if (!isObject(raw)) {
    errors.push('timings must be an object');
    return MESOS_TIMINGS;
  }
  const known = new Set(Object.keys(MESOS_TIMINGS));
  const overrides: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!known.has(key)) errors.push(`timings.${key} is not a timing`);
    else if (typeof value === 'number' || (value === null && key === 'offerTimeoutMs'))
      overrides[key] = value;
    else errors.push(`timings.${key} must be a number of milliseconds`);
  }
  return makeTimings(overrides);
}

/** `agentCount` overrides the number of agents (AGENTS=N); missing entries get defaults. */
export function parseClusterConfig(raw: unknown, agentCount?: number): ConfigOutcome {
  if (!isObject(raw)) return { ok: false, errors: ['the configuration must be a JSON object'] };
  const errors: string[] = [];
  const master = isObject(raw['master']) ? raw['master'] : {};
  const agentsRaw = isObject(raw['agents']) ? raw['agents'] : {};
  const defaults = isObject(agentsRaw['defaults']) ? agentsRaw['defaults'] : {};
  const list = Array.isArray(agentsRaw['list']) ? (agentsRaw['list'] as unknown[]) : [];
  const count = agentCount ?? list.length;
  if (!Number.isInteger(count) || count < 0) errors.push(`bad agent count ${count}`);
  const agents = Array.from({ length: Math.max(0, count) }, (_, i) => {
    const entry = list[i];
    return agentSpec(isObject(entry) ? entry : defaultAgentEntry(i), defaults, errors, i);
  });
  const credentials = raw['credentials'];
  const config: ClusterConfig = {
    master: { host: text(master, 'host', '127.0.0.1'), port: num(master, 'port', 5050) },
    agents,
    workDir: text(raw, 'workDir', '.run/cluster'),
    timings: timingsOf(raw['timings'], errors),
    credentials: typeof credentials === 'string' ? credentials : null,
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}
