import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderPairs, renderTable, type Column } from './table.js';

const cases: {
  name: string;
  columns: Column[];
  rows: string[][];
  expected: string;
}[] = [
  {
    name: 'pads every column to its widest cell, two spaces apart, no trailing blanks',
    columns: [{ header: 'ID' }, { header: 'ADDRESS' }, { header: 'LOAD', align: 'right' }],
    rows: [
      ['node-0', '10.0.0.1', '1.2 GiB'],
      ['node-10', '10.0.0.12', '12 KiB'],
    ],
    expected: [
      'ID       ADDRESS       LOAD',
      'node-0   10.0.0.1   1.2 GiB',
      'node-10  10.0.0.12   12 KiB',
    ].join('\n'),
  },
  {
    name: 'a table without rows is its header',
    columns: [{ header: 'ID' }, { header: 'PHASE' }],
    rows: [],
    expected: 'ID  PHASE',
  },
  {
    name: 'a missing cell is blank, and a wide header widens its column',
    columns: [{ header: 'A' }, { header: 'REASON' }, { header: 'Z' }],
    rows: [['1'], ['2', 'x', 'y']],
    expected: ['A  REASON  Z', '1', '2  x       y'].join('\n'),
  },
  {
    name: 'non-ASCII cells count one column per character',
    columns: [{ header: 'N' }, { header: 'M' }],
    rows: [['é─', 'x']],
    expected: ['N   M', 'é─  x'].join('\n'),
  },
];

for (const c of cases) {
  void test(`renderTable: ${c.name}`, () => {
    assert.equal(renderTable(c.columns, c.rows), c.expected);
  });
}

void test('renderPairs aligns the values after the longest key', () => {
  assert.equal(
    renderPairs([
      ['ring', 'cassandra'],
      ['framework id', 'abc-0001'],
      ['leader', ''],
    ]),
    ['ring          cassandra', 'framework id  abc-0001', 'leader'].join('\n'),
  );
});
