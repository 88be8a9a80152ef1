// Makes sure no child a test started outlives the test process: every tracked child is killed
// (SIGKILL to its process group) when this process exits or is interrupted. Stopping a child
// normally untracks it.

export interface Killable {
  killNow(): void;
}

const tracked = new Set<Killable>();
let installed = false;

function killAll(): void {
  for (const child of tracked) child.killNow();
  tracked.clear();
}

/** On SIGINT/SIGTERM: kill the children, then die of the same signal as if unhandled. */
function onSignal(signal: NodeJS.Signals): void {
  killAll();
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

export function track(child: Killable): void {
  if (!installed) {
    installed = true;
    process.on('exit', killAll);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  tracked.add(child);
}

export function untrack(child: Killable): void {
  tracked.delete(child);
}
