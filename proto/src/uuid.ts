// RFC 4122 UUIDs in the 16-byte binary form Mesos uses for TaskStatus.uuid and
// Call.Acknowledge.uuid. Mesos rejects 16 bytes whose version nibble is not 1-5.
import { randomUUID } from 'node:crypto';

const UUID_BYTES = 16;
const HEX_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for exactly 16 bytes whose version nibble (high 4 bits of byte 6) is 1-5. */
export function isRfc4122Uuid(bytes: Uint8Array): boolean {
  if (bytes.length !== UUID_BYTES) return false;
  const version = (bytes[6] ?? 0) >> 4;
  return version >= 1 && version <= 5;
}

/** A fresh random (version 4) UUID as 16 bytes, ready for TaskStatus.uuid. */
export function newUuidBytes(): Uint8Array {
  return uuidFromString(randomUUID());
}

/** The canonical lower-case 8-4-4-4-12 form of any 16 bytes (for logs and JSON keys). */
export function uuidToString(bytes: Uint8Array): string {
  if (bytes.length !== UUID_BYTES) {
    throw new RangeError(`a UUID has ${UUID_BYTES} bytes, got ${bytes.length}`);
  }
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Parses the 8-4-4-4-12 hex form back into 16 bytes. */
export function uuidFromString(text: string): Uint8Array {
  if (!HEX_UUID.test(text)) throw new RangeError(`not a UUID: ${JSON.stringify(text)}`);
  return new Uint8Array(Buffer.from(text.replaceAll('-', ''), 'hex'));
}
