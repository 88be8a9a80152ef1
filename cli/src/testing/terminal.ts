// Drives a command through a real pseudo-terminal (python3's pty module: no native npm package):
// keystrokes in, the screen's bytes out, and waits on what appears there, never on time.
import { spawn, type ChildProcess } from 'node:child_process';
import { waitFor } from '@cmf/e2e';

/** Forks the command on a new pty (120x40), then relays our stdin to it and its output to us. */
const RELAY = `
import fcntl, os, pty, select, struct, sys, termios
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
    os.execvp(sys.argv[1], sys.argv[1:])
stdin_open = True
while True:
    ready, _, _ = select.select([fd] + ([0] if stdin_open else []), [], [])
    if fd in ready:
        try:
            data = os.read(fd, 4096)
        except OSError:
            data = b''
        if not data:
            break
        os.write(1, data)
    if 0 in ready:
        data = os.read(0, 4096)
        if data:
            os.write(fd, data)
        else:
            stdin_open = False
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
`;

// Colour, cursor movement and line clearing that readline writes around what people read.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r/g;

export class Terminal {
  private raw = '';
  private mark = 0;
  private readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.raw += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (this.raw += chunk.toString('utf8')));
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        resolve(code);
      }),
    );
  }

  static open(argv: readonly string[], env: NodeJS.ProcessEnv): Terminal {
    const child = spawn('python3', ['-c', RELAY, ...argv], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new Terminal(child);
  }

  /** Everything shown so far, escapes removed. */
  get screen(): string {
    return this.raw.replace(ESCAPES, '');
  }

  type(keys: string): void {
    // From the start of the line being edited: readline redraws only what changed on it.
    this.mark = this.screen.lastIndexOf('\n') + 1;
    this.child.stdin?.write(keys);
  }

  /** Waits until `pattern` shows up in what was printed since the line the last keys went to. */
  async expect(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    return waitFor(
      () => {
        const since = this.screen.slice(this.mark);
        return pattern.test(since) ? since : null;
      },
      {
        timeoutMs,
        intervalMs: 20,
        what: `${String(pattern)} on the terminal; it shows:\n${this.screen}`,
      },
    );
  }

  async exitCode(timeoutMs = 10_000): Promise<number | null> {
    let code: number | null | undefined;
    void this.exited.then((c) => (code = c));
    await waitFor(() => code !== undefined, {
      timeoutMs,
      what: `the REPL to exit; it shows:\n${this.screen}`,
    });
    return code ?? null;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
