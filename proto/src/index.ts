// Public API of @cmf/proto: the generated Mesos v1 and cmf.v1 messages (snake_case
// field names, as in the .proto files and Mesos's JSON), and the small helpers
// every side of the wire needs. The executor imports '@cmf/proto/executor' instead.
import './int64.js';
export { mesos, cmf } from '#gen/protos.js';
export * from './shared.js';
export {
  MesosJsonError,
  fromMesosJson,
  toMesosJson,
  type MesosJson,
  type MessageType,
} from './mesos-json.js';
