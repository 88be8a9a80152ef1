// Bytes ↔ messages on the scheduler endpoint: a Call from a protobuf or JSON body, an Event as one
// RecordIO record in the stream's media type. Parse failures carry Mesos's 400 bodies.
import { encodeRecord, fromMesosJson, mesos, toMesosJson } from '@cmf/proto';
import { JSON_MEDIA, type MediaType } from './domain/negotiation.js';

export type Call = mesos.v1.scheduler.Call.$Properties;
export type Event = mesos.v1.scheduler.Event.$Properties;

export type DecodeOutcome =
  { readonly ok: true; readonly call: Call } | { readonly ok: false; readonly body: string };

function decodeJson(body: Buffer): DecodeOutcome {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (e) {
    return { ok: false, body: `Failed to parse body into JSON: ${(e as Error).message}` };
  }
  try {
    return { ok: true, call: fromMesosJson(mesos.v1.scheduler.Call, json) };
  } catch (e) {
    return {
      ok: false,
      body: `Failed to convert JSON into Call protobuf: ${(e as Error).message}`,
    };
  }
}

/** A protobuf body missing a required field anywhere fails to parse, as in Mesos (no field named). */
export function decodeCall(body: Buffer, media: MediaType): DecodeOutcome {
  if (media === JSON_MEDIA) return decodeJson(body);
  try {
    return { ok: true, call: mesos.v1.scheduler.Call.decode(body) };
  } catch {
    return { ok: false, body: 'Failed to parse body into Call protobuf' };
  }
}

/** One RecordIO record holding the event in the stream's encoding. */
export function encodeEvent(event: Event, media: MediaType): Uint8Array {
  const Event = mesos.v1.scheduler.Event;
  if (media === JSON_MEDIA) {
    return encodeRecord(JSON.stringify(toMesosJson(Event, Event.fromObject(event))));
  }
  return encodeRecord(Event.encode(event).finish());
}
