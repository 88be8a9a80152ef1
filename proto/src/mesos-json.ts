// Mesos's JSON flavour of our messages (protocol doc §1.1): proto field names (snake_case),
// enum names as strings, bytes as base64, 64-bit integers as numbers, unset fields left out;
// on input unknown keys are ignored and null means unset. Mesos refuses JSON that lacks a
// required field, and so do we.
import type { IConversionOptions } from 'protobufjs';

/** The static side of a generated message class, e.g. `mesos.v1.scheduler.Event`. */
export interface MessageType<T> {
  readonly name: string;
  fromObject(object: Record<string, unknown>): T;
  toObject(message: T, options?: IConversionOptions): Record<string, unknown>;
  verify(message: Record<string, unknown>): string | null;
}

export type MesosJson = Record<string, unknown>;

/** The JSON does not describe a valid message of the wanted type. */
export class MesosJsonError extends Error {
  override readonly name = 'MesosJsonError';
  readonly code = 'MESOS_JSON_INVALID';
}

const TO_JSON: IConversionOptions = {
  enums: String,
  bytes: String,
  longs: Number,
  defaults: false,
  json: true,
};

/** The message as Mesos writes it in JSON; `JSON.stringify` the result to send it. */
export function toMesosJson<T>(type: MessageType<T>, message: T): MesosJson {
  return type.toObject(message, TO_JSON);
}

/** Reads a parsed JSON value as a message of `type`, or throws MesosJsonError saying why not. */
export function fromMesosJson<T>(type: MessageType<T>, json: unknown): T {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new MesosJsonError(`${type.name}: a JSON object is needed`);
  }
  let message: T;
  try {
    message = type.fromObject(json as Record<string, unknown>);
  } catch (err) {
    throw new MesosJsonError(`${type.name}: ${String(err)}`, { cause: err });
  }
  // fromObject fills nothing in for absent required fields; verify the fields that were given
  // (enums as numbers, bytes as bytes) to find them, as Mesos's own JSON parser does.
  const problem = type.verify(type.toObject(message, { longs: Number }));
  if (problem !== null) throw new MesosJsonError(`${type.name}: ${problem}`);
  return message;
}
