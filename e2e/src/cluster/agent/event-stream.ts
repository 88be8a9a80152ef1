// One executor's subscription: the open HTTP response that carries its events, RecordIO-framed in the
// encoding its Accept asked for, with a HEARTBEAT every 30 minutes as Mesos sends.
import type { ServerResponse } from 'node:http';
import { encodeRecord, mesos, toMesosJson } from '@cmf/proto';
import type { MediaType } from '../master/domain/negotiation.js';

export type ExecutorEvent = mesos.v1.executor.Event.$Properties;
const Event = mesos.v1.executor.Event;

/** Mesos's DEFAULT_EXECUTOR_HEARTBEAT_INTERVAL. */
export const EXECUTOR_HEARTBEAT_MS = 30 * 60 * 1000;

export function encodeEvent(mediaType: MediaType, event: ExecutorEvent): Uint8Array {
  if (mediaType === 'application/json') {
    return encodeRecord(JSON.stringify(toMesosJson(Event, Event.fromObject(event))));
  }
  return encodeRecord(Event.encode(event).finish());
}

export class ExecutorStream {
  #open = true;
  readonly #heartbeat: NodeJS.Timeout;

  constructor(
    private readonly response: ServerResponse,
    private readonly mediaType: MediaType,
    onClose: () => void,
  ) {
    response.writeHead(200, { 'Content-Type': mediaType });
    response.flushHeaders();
    this.#heartbeat = setInterval(() => {
      this.send({ type: Event.Type.HEARTBEAT });
    }, EXECUTOR_HEARTBEAT_MS);
    response.on('close', () => {
      this.#open = false;
      clearInterval(this.#heartbeat);
      onClose();
    });
  }

  get isOpen(): boolean {
    return this.#open;
  }

  send(event: ExecutorEvent): void {
    if (!this.#open) return;
    this.response.write(encodeEvent(this.mediaType, event));
  }

  /** Ends the stream cleanly (a newer subscription replaced it, or the executor must shut down). */
  close(): void {
    if (!this.#open) return;
    this.#open = false;
    clearInterval(this.#heartbeat);
    this.response.end();
  }
}
