// Finds the fields our .proto subset does not know in a decoded message: decode with a reader
// that keeps them ($unknowns), then list them by path and field number.
import protobuf from 'protobufjs/minimal.js';

export interface Decoder<T> {
  decode(reader: protobuf.Reader): T;
}

export function decodeKeepingUnknowns<T>(type: Decoder<T>, bytes: Uint8Array): T {
  const reader = protobuf.Reader.create(bytes);
  reader.discardUnknown = false;
  return type.decode(reader);
}

/** Paths like `subscribed.agent_info#7` for every unknown field below `value`. */
export function unknownFields(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return [];
  if (Array.isArray(value))
    return value.flatMap((v: unknown, i) => unknownFields(v, `${path}[${i}]`));
  const raw = (value as { $unknowns?: Uint8Array[] }).$unknowns ?? [];
  const here = raw.map((field) => `${path}#${protobuf.Reader.create(field).uint32() >>> 3}`);
  const below = Object.entries(value).flatMap(([key, v]) =>
    unknownFields(v, path === '' ? key : `${path}.${key}`),
  );
  return [...here, ...below];
}
