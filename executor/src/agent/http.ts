// How calls reach the agent (protocol doc §1): protobuf POSTs to /api/v1/executor. SUBSCRIBE's
// response is the long-lived RecordIO event stream; every other call goes over its own connection
// and is answered 202 with no body.
import { mesos, RecordIoDecoder } from '@cmf/proto/executor';
import { Agent, request, type ClientRequest, type IncomingMessage } from 'node:http';

export type AgentErrorCode =
  | 'AGENT_UNREACHABLE'
  | 'AGENT_REJECTED'
  | 'AGENT_TIMEOUT'
  | 'AGENT_STREAM_BROKEN'
  | 'AGENT_BAD_EVENT';

export class AgentError extends Error {
  override readonly name = 'AgentError';

  constructor(
    readonly code: AgentErrorCode,
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface AgentAddress {
  readonly host: string;
  readonly port: number;
}

const PATH = '/api/v1/executor';
const PROTOBUF = 'application/x-protobuf';
const CALL_TIMEOUT_MS = 10_000;

export class AgentHttp {
  // Calls share a couple of kept-alive sockets; the subscription has its own (agent: false).
  private readonly callAgent = new Agent({ keepAlive: true, maxSockets: 2 });

  constructor(private readonly address: AgentAddress) {}

  /** Resolves on 202; any other answer rejects with the status and the agent's text. */
  post(call: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = this.open(call, this.callAgent);
      req.setTimeout(CALL_TIMEOUT_MS, () => {
        req.destroy(
          new AgentError('AGENT_TIMEOUT', `no answer within ${CALL_TIMEOUT_MS} ms`, true),
        );
      });
      req.on('response', (res) => {
        void readBody(res).then((body) => {
          const status = res.statusCode ?? 0;
          if (status === 202 || status === 200) resolve();
          else reject(rejection(status, body));
        }, reject);
      });
      req.on('error', (error) => {
        reject(asAgentError(error, this.describe()));
      });
    });
  }

  /**
   * SUBSCRIBE and stream events to `onEvent` until the stream ends (resolves), breaks or is
   * refused (rejects), or `signal` aborts (resolves).
   */
  subscribe(
    call: Uint8Array,
    onEvent: (event: mesos.v1.executor.Event) => void,
    signal: AbortSignal,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = this.open(call, false);
      const abort = (): void => {
        req.destroy();
        resolve();
      };
      signal.addEventListener('abort', abort, { once: true });
      const settle = (error?: Error): void => {
        signal.removeEventListener('abort', abort);
        if (signal.aborted) resolve();
        else if (error) reject(error);
        else resolve();
      };
      req.on('socket', (socket) => socket.setKeepAlive(true, 5_000));
      req.on('response', (res) => {
        streamEvents(req, res, onEvent, settle);
      });
      req.on('error', (error) => {
        settle(asAgentError(error, this.describe()));
      });
    });
  }

  close(): void {
    this.callAgent.destroy();
  }

  private open(call: Uint8Array, agent: Agent | false): ClientRequest {
    const req = request({
      host: this.address.host,
      port: this.address.port,
      path: PATH,
      method: 'POST',
      agent,
      // Exactly this Accept: without it the agent streams JSON (protocol doc §1.1).
      headers: { 'content-type': PROTOBUF, accept: PROTOBUF, 'content-length': call.length },
    });
    req.end(call);
    return req;
  }

  private describe(): string {
    return `agent ${this.address.host}:${this.address.port}`;
  }
}

function streamEvents(
  req: ClientRequest,
  res: IncomingMessage,
  onEvent: (event: mesos.v1.executor.Event) => void,
  settle: (error?: Error) => void,
): void {
  const status = res.statusCode ?? 0;
  if (status !== 200) {
    void readBody(res).then((body) => {
      settle(rejection(status, body));
    }, settle);
    return;
  }
  const decoder = new RecordIoDecoder();
  res.on('data', (chunk: Buffer) => {
    try {
      for (const record of decoder.push(chunk)) onEvent(mesos.v1.executor.Event.decode(record));
    } catch (error) {
      const message = `undecodable event stream: ${String(error)}`;
      req.destroy(new AgentError('AGENT_BAD_EVENT', message, true, 200, { cause: error }));
    }
  });
  res.on('end', () => {
    settle(decoder.isAtBoundary ? undefined : broken('the event stream ended inside a record'));
  });
  // A killed agent truncates the chunked response: 'aborted'/'error', never a clean 'end'.
  res.on('error', (error) => {
    settle(error instanceof AgentError ? error : broken(error.message));
  });
  res.on('close', () => {
    if (!res.complete) settle(broken('the agent closed the event stream mid-response'));
  });
}

function broken(message: string): AgentError {
  return new AgentError('AGENT_STREAM_BROKEN', message, true);
}

function rejection(status: number, body: string): AgentError {
  // 503: the agent is still recovering; worth another try. Other refusals are our bug.
  const retryable = status === 503 || status >= 500;
  const message = `agent answered HTTP ${status}: ${body.slice(0, 300)}`;
  return new AgentError('AGENT_REJECTED', message, retryable, status);
}

function asAgentError(error: Error, where: string): AgentError {
  if (error instanceof AgentError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNRESET' || code === 'EPIPE') return broken(`${where}: ${error.message}`);
  return new AgentError(
    'AGENT_UNREACHABLE',
    `cannot reach ${where}: ${error.message}`,
    true,
    undefined,
    {
      cause: error,
    },
  );
}

function readBody(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    res.on('error', reject);
  });
}
