// Durations and instants as people read them in a terminal: the two largest units only
// ("3m 05s", "2d 04h"), and UTC timestamps without milliseconds.

const UNITS: readonly (readonly [string, number])[] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
];

/** 0 -> "0s", 65_000 -> "1m 05s", 90_061_000 -> "1d 01h"; negative durations read as 0s. */
export function formatDuration(ms: number): string {
  let left = Math.max(0, Math.floor(ms / 1000) * 1000);
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(left / size);
    left -= count * size;
    if (parts.length === 0 && count === 0 && unit !== 's') continue;
    parts.push(parts.length === 0 ? `${count}${unit}` : `${String(count).padStart(2, '0')}${unit}`);
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}

/** "4m 10s ago" / "in 2h 00m"; "-" when there is no instant. */
export function formatRelative(atMs: number | null, nowMs: number): string {
  if (atMs === null) return '-';
  const delta = atMs - nowMs;
  return delta > 0 ? `in ${formatDuration(delta)}` : `${formatDuration(-delta)} ago`;
}

/** 2024-05-01T02:00:00Z; "-" when there is no instant. */
export function formatInstant(atMs: number | null): string {
  if (atMs === null) return '-';
  return new Date(atMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
