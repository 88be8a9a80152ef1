// What both entries ('@cmf/proto' and '@cmf/proto/executor') export beside their generated
// messages: RecordIO framing, uuids and enum names, which need no message of their own.
export { enumName } from './enum-name.js';
export { isRfc4122Uuid, newUuidBytes, uuidFromString, uuidToString } from './uuid.js';
export {
  DEFAULT_MAX_RECORD_BYTES,
  RecordIoDecoder,
  RecordIoError,
  decodeRecords,
  encodeRecord,
  type RecordIoErrorCode,
  type RecordIoOptions,
} from './recordio.js';
