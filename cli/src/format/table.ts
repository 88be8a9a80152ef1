// Aligned text tables for people, the way nodetool prints them: a header row, columns padded to
// their widest cell, two spaces between columns, no trailing blanks.

export type Align = 'left' | 'right';

export interface Column {
  readonly header: string;
  readonly align?: Align;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Display width of a cell in characters as people see them, so "─" or "é" count as one. */
function widthOf(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - widthOf(text)));
  return align === 'right' ? fill + text : text + fill;
}

export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const all = [columns.map((c) => c.header), ...rows];
  const widths = columns.map((_, i) => Math.max(...all.map((row) => widthOf(row[i] ?? ''))));
  return all
    .map((row) =>
      columns
        .map((column, i) => pad(row[i] ?? '', widths[i] ?? 0, column.align ?? 'left'))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** "key  value" lines with the keys aligned, for one record. */
export function renderPairs(pairs: readonly (readonly [string, string])[]): string {
  const width = Math.max(0, ...pairs.map(([key]) => widthOf(key)));
  return pairs.map(([key, value]) => `${pad(key, width, 'left')}  ${value}`.trimEnd()).join('\n');
}
