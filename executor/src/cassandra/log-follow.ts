// Follows a growing log file (the node's console output in the sandbox) and hands each new
// complete line to a callback, woken by inotify rather than by polling; and reads a file's last
// lines, for the message of a task whose process died.
import { watch, type FSWatcher } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

const CHUNK_BYTES = 64 * 1024;

export class LogFollower {
  private offset: number;
  private partial = '';
  private readonly decoder = new StringDecoder('utf8');
  private watcher: FSWatcher | undefined;
  private reading = false;
  private again = false;

  /** `fromOffset`: where new lines start (the file's size before the process was started). */
  constructor(
    private readonly path: string,
    private readonly onLine: (line: string) => void,
    fromOffset = 0,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.offset = fromOffset;
  }

  start(): void {
    this.watcher = watch(this.path, { persistent: false }, () => {
      this.readNew();
    });
    this.watcher.on('error', this.onError);
    this.readNew();
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  /** One read at a time; a change seen meanwhile triggers one more pass. */
  private readNew(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    this.readToEnd()
      .catch(this.onError)
      .finally(() => {
        this.reading = false;
        if (this.again && this.watcher) {
          this.again = false;
          this.readNew();
        }
      });
  }

  private async readToEnd(): Promise<void> {
    const file = await open(this.path, 'r');
    try {
      const buffer = Buffer.alloc(CHUNK_BYTES);
      for (;;) {
        const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, this.offset);
        if (bytesRead === 0) return;
        this.offset += bytesRead;
        this.emit(this.decoder.write(buffer.subarray(0, bytesRead)));
      }
    } finally {
      await file.close();
    }
  }

  private emit(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.onLine(line);
  }
}

/** The last `count` lines of a file (reading at most its last 64 KiB); '' if it cannot be read. */
export async function readLastLines(path: string, count: number): Promise<string> {
  try {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const length = Math.min(size, CHUNK_BYTES);
      const buffer = Buffer.alloc(length);
      await file.read(buffer, 0, length, size - length);
      return buffer.toString('utf8').trimEnd().split('\n').slice(-count).join('\n');
    } finally {
      await file.close();
    }
  } catch {
    return '';
  }
}
