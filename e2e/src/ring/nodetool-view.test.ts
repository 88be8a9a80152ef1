import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNodetoolStatus } from '@cmf/executor';
import { ringProblems, type NodeView } from './nodetool-view.js';

const HEADER = `Datacenter: dc1
===============
Status=Up/Down
|/ State=Normal/Leaving/Joining/Moving
--  Address    Load        Tokens  Owns (effective)  Host ID                               Rack
`;

function view(rows: string): NodeView {
  return { ok: true, rows: parseNodetoolStatus(`${HEADER}${rows}\n`) };
}

const row = (code: string, address: string, rack: string): string =>
  `${code}  ${address}  120.5 KiB   16      100.0%            0b6c2c6e-4a3a-4c29-9e5d-1f1a2b3c4d5e  ${rack}`;

const allUn = view(
  [row('UN', '127.0.2.1', 'r1'), row('UN', '127.0.2.2', 'r2'), row('UN', '127.0.2.3', 'r3')].join(
    '\n',
  ),
);
const expected = ['127.0.2.1', '127.0.2.2', '127.0.2.3'];

const cases: { name: string; views: [string, NodeView][]; want: string[] }[] = [
  {
    name: 'no problem when every node sees every node UN',
    views: expected.map((a) => [a, allUn]),
    want: [],
  },
  {
    name: 'a node still joining in one node’s eyes is a problem named by the observer',
    views: [
      ['127.0.2.1', allUn],
      ['127.0.2.2', allUn],
      [
        '127.0.2.3',
        view(
          [
            row('UN', '127.0.2.1', 'r1'),
            row('UN', '127.0.2.2', 'r2'),
            row('UJ', '127.0.2.3', 'r3'),
          ].join('\n'),
        ),
      ],
    ],
    want: ['127.0.2.3 sees 127.0.2.3 as UJ'],
  },
  {
    name: 'a node missing from a view, and a node that did not answer',
    views: [
      ['127.0.2.1', view([row('UN', '127.0.2.1', 'r1'), row('UN', '127.0.2.2', 'r2')].join('\n'))],
      ['127.0.2.2', allUn],
      ['127.0.2.3', { ok: false, error: 'nodetool exit 1: Connection refused' }],
    ],
    want: [
      '127.0.2.1 sees 127.0.2.3 as absent',
      '127.0.2.3: no answer (nodetool exit 1: Connection refused)',
    ],
  },
  {
    name: 'a node nobody expected (a ring bigger than asked) and a down node',
    views: [
      [
        '127.0.2.1',
        view(
          [
            row('UN', '127.0.2.1', 'r1'),
            row('DN', '127.0.2.2', 'r2'),
            row('UN', '127.0.2.9', 'r1'),
          ].join('\n'),
        ),
      ],
      ['127.0.2.2', allUn],
    ],
    want: [
      '127.0.2.1 sees 127.0.2.2 as DN',
      '127.0.2.1 sees 127.0.2.3 as absent',
      '127.0.2.1 sees an unexpected node 127.0.2.9',
      '127.0.2.3: no answer (not asked)',
    ],
  },
];

for (const c of cases) {
  void test(c.name, () => {
    assert.deepEqual(ringProblems(new Map(c.views), expected), c.want);
  });
}

void test('addresses printed with --print-port count as the node', () => {
  const withPorts = view(expected.map((a, i) => row('UN', `${a}:7000`, `r${i + 1}`)).join('\n'));
  assert.deepEqual(ringProblems(new Map(expected.map((a) => [a, withPorts])), expected), []);
});
