// Public API of @cmf/proto: the generated Mesos v1 and cmf.v1 messages (snake_case
// field names, as in the .proto files and Mesos's JSON), and the small helpers
// every side of the wire needs.
import './int64.js';
export { mesos, cmf } from '#gen/protos.js';
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
export {
  MesosJsonError,
  fromMesosJson,
  toMesosJson,
  type MesosJson,
  type MessageType,
} from './mesos-json.js';
