// How much RecordIO framing costs on top of protobuf decoding, on a realistic event stream:
// OFFERS events like the one real Mesos sends once reservations and a volume exist (fixture
// event-09), framed back to back and cut into 16 KiB chunks as an HTTP response arrives.
// Prints JSON lines: events/s and MB/s for framing + decoding, for decoding alone, and their ratio.
import { performance } from 'node:perf_hooks';
import { RecordIoDecoder, encodeRecord, mesos } from './index.js';

const EVENTS = 20_000;
const CHUNK_BYTES = 16 * 1024;
const ROUNDS = 7;

const Event = mesos.v1.scheduler.Event;
const { SCALAR, RANGES, TEXT } = mesos.v1.Value.Type;
const ROLE = 'cassandra';
const reservations = [
  {
    type: mesos.v1.Resource.ReservationInfo.Type.DYNAMIC,
    role: ROLE,
    principal: 'cassandra-principal',
  },
];

function scalar(name: string, value: number, reserved: boolean): mesos.v1.Resource.$Properties {
  return {
    name,
    type: SCALAR,
    scalar: { value },
    allocation_info: { role: ROLE },
    reservations: reserved ? reservations : [],
  };
}

function ports(ranges: [number, number][], reserved: boolean): mesos.v1.Resource.$Properties {
  return {
    name: 'ports',
    type: RANGES,
    ranges: { range: ranges.map(([begin, end]) => ({ begin, end })) },
    allocation_info: { role: ROLE },
    reservations: reserved ? reservations : [],
  };
}

function volume(i: number): mesos.v1.Resource.$Properties {
  return {
    ...scalar('disk', 10240, true),
    disk: {
      persistence: { id: `cassandra-node-${i}-data`, principal: 'cassandra-principal' },
      volume: { container_path: 'data', mode: mesos.v1.Volume.Mode.RW },
    },
  };
}

function offer(i: number): mesos.v1.Offer.$Properties {
  const agentId = `2ab1f12e-629e-41e2-8639-4fa73b65b9d6-S${i}`;
  return {
    id: { value: `2ab1f12e-629e-41e2-8639-4fa73b65b9d6-O${1000 + i}` },
    framework_id: { value: '2ab1f12e-629e-41e2-8639-4fa73b65b9d6-0000' },
    agent_id: { value: agentId },
    hostname: `10.0.0.${10 + i}`,
    resources: [
      ports(
        [
          [9042, 9042],
          [7000, 7000],
          [7199, 7199],
          [8778, 8778],
        ],
        true,
      ),
      scalar('cpus', 4, true),
      scalar('mem', 16384, true),
      volume(i),
      ports([[31000, 32000]], false),
      scalar('cpus', 2, false),
      scalar('mem', 8192, false),
      scalar('disk', 50000, false),
    ],
    attributes: [{ name: 'rack', type: TEXT, text: { value: `r${i % 3}` } }],
    url: {
      scheme: 'http',
      address: { hostname: `10.0.0.${10 + i}`, ip: `10.0.0.${10 + i}`, port: 5051 },
      path: '/slave(1)',
    },
    allocation_info: { role: ROLE },
  };
}

function chunked(stream: Uint8Array): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < stream.length; at += CHUNK_BYTES) {
    chunks.push(stream.slice(at, at + CHUNK_BYTES));
  }
  return chunks;
}

function framedStream(event: Uint8Array): Uint8Array {
  const record = encodeRecord(event);
  const stream = new Uint8Array(record.length * EVENTS);
  for (let i = 0; i < EVENTS; i++) stream.set(record, i * record.length);
  return stream;
}

/** The event bytes inside the stream, as views: the same memory the framed path decodes. */
function recordViews(stream: Uint8Array, eventBytes: number): Uint8Array[] {
  const recordBytes = stream.length / EVENTS;
  return Array.from({ length: EVENTS }, (_, i) =>
    stream.subarray((i + 1) * recordBytes - eventBytes, (i + 1) * recordBytes),
  );
}

/** RecordIO framing and protobuf decoding, as a scheduler reads its subscription. */
function framedDecode(chunks: readonly Uint8Array[]): number {
  const decoder = new RecordIoDecoder();
  let offers = 0;
  for (const chunk of chunks) {
    for (const record of decoder.push(chunk))
      offers += Event.decode(record).offers?.offers.length ?? 0;
  }
  decoder.end();
  return offers;
}

/** RecordIO framing alone: what it adds to the decoding above. */
function framingOnly(chunks: readonly Uint8Array[]): number {
  const decoder = new RecordIoDecoder();
  let records = 0;
  for (const chunk of chunks) records += decoder.push(chunk).length;
  decoder.end();
  return records * 4;
}

/** Protobuf decoding alone, of the same event bytes. */
function plainDecode(records: readonly Uint8Array[]): number {
  let offers = 0;
  for (const record of records) offers += Event.decode(record).offers?.offers.length ?? 0;
  return offers;
}

/** Best of ROUNDS, in seconds; the two workloads alternate so both see the same machine state. */
function timeBoth(a: () => number, b: () => number): [number, number] {
  let bestA = Infinity;
  let bestB = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    bestA = Math.min(bestA, seconds(a));
    bestB = Math.min(bestB, seconds(b));
  }
  return [bestA, bestB];
}

function seconds(work: () => number): number {
  const start = performance.now();
  if (work() !== EVENTS * 4) throw new Error('decoded a wrong number of offers');
  return (performance.now() - start) / 1000;
}

function report(metric: string, value: number, unit: string): void {
  const rounded = Math.round(value * 1000) / 1000;
  process.stdout.write(`${JSON.stringify({ bench: 'recordio', metric, value: rounded, unit })}\n`);
}

function main(): void {
  const event = Event.encode(
    Event.create({ type: Event.Type.OFFERS, offers: { offers: [0, 1, 2, 3].map(offer) } }),
  ).finish();
  const stream = framedStream(event);
  const chunks = chunked(stream);
  const records = recordViews(stream, event.length);
  const [framed, plain] = timeBoth(
    () => framedDecode(chunks),
    () => plainDecode(records),
  );
  const framing = Math.min(
    ...Array.from({ length: ROUNDS }, () => seconds(() => framingOnly(chunks))),
  );
  const mb = stream.length / 1e6;
  report('event_bytes', event.length, 'bytes');
  report('framed_decode_events_per_s', EVENTS / framed, 'events/s');
  report('framed_decode_mb_per_s', mb / framed, 'MB/s');
  report('recordio_only_mb_per_s', mb / framing, 'MB/s');
  report('protobuf_only_events_per_s', EVENTS / plain, 'events/s');
  report('protobuf_only_mb_per_s', mb / plain, 'MB/s');
  report('framed_vs_protobuf_only_ratio', plain / framed, 'ratio (target >= 0.8)');
}

main();
