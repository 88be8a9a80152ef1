// Writes the agent's checkpoint file with group commit: callers that ask for a save while a write is in
// flight share the next write, which snapshots the state when it starts. A save resolves once a write
// that began after the request has reached the file (write to a temp file, then rename: never torn).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export class Checkpointer {
  #current: Promise<void> | undefined;
  #next: Promise<void> | undefined;
  #closed = false;
  #dirReady = false;

  constructor(
    private readonly path: string,
    private readonly snapshot: () => string,
  ) {}

  save(): Promise<void> {
    if (this.#next !== undefined) return this.#next;
    const previous = this.#current ?? Promise.resolve();
    const run: Promise<void> = previous
      .catch(() => undefined)
      .then(async () => {
        this.#next = undefined;
        this.#current = run;
        await this.#write();
      })
      .finally(() => {
        if (this.#current === run) this.#current = undefined;
      });
    this.#next = run;
    return run;
  }

  /**
   * Lets the writes already asked for finish, then refuses further ones (the agent is gone). Mesos
   * checkpoints synchronously, so whatever the agent did before it stopped is on disk.
   */
  async close(): Promise<void> {
    await (this.#next ?? this.#current)?.catch(() => undefined);
    this.#closed = true;
  }

  async #write(): Promise<void> {
    if (this.#closed) return;
    const text = this.snapshot();
    if (!this.#dirReady) {
      await mkdir(dirname(this.path), { recursive: true });
      this.#dirReady = true;
    }
    const temp = `${this.path}.tmp`;
    await writeFile(temp, text);
    await rename(temp, this.path);
  }
}

/** The checkpoint text, or undefined when the work dir has none (a fresh agent). */
export async function readCheckpoint(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
