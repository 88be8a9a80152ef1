// A text progress bar for a running plan or repair: "[#######.............] 2/6".

export function progressBar(done: number, total: number, width = 20): string {
  const safeTotal = Math.max(0, total);
  const safeDone = Math.min(Math.max(0, done), safeTotal);
  const filled = safeTotal === 0 ? 0 : Math.round((safeDone / safeTotal) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${safeDone}/${safeTotal}`;
}
