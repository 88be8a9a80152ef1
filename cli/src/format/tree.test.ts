import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderTree, type TreeNode } from './tree.js';

const leaf = (label: string): TreeNode => ({ label, children: [] });

const cases: { name: string; tree: TreeNode; expected: string[] }[] = [
  { name: 'a lone root', tree: leaf('deploy (COMPLETE)'), expected: ['deploy (COMPLETE)'] },
  {
    name: 'the last child closes its branch, earlier ones keep the rail',
    tree: {
      label: 'deploy (IN_PROGRESS)',
      children: [
        {
          label: 'seeds (COMPLETE)',
          children: [leaf('node-0 (COMPLETE)'), leaf('node-1 (COMPLETE)')],
        },
        { label: 'nodes (IN_PROGRESS)', children: [leaf('node-2 (STARTING)')] },
      ],
    },
    expected: [
      'deploy (IN_PROGRESS)',
      '├─ seeds (COMPLETE)',
      '│  ├─ node-0 (COMPLETE)',
      '│  └─ node-1 (COMPLETE)',
      '└─ nodes (IN_PROGRESS)',
      '   └─ node-2 (STARTING)',
    ],
  },
  {
    name: 'a label of several lines continues under its own branch',
    tree: {
      label: 'repair (IN_PROGRESS)',
      children: [leaf('node-0 (STARTED)\n[##..] 1/2 keyspaces'), leaf('node-1 (PENDING)')],
    },
    expected: [
      'repair (IN_PROGRESS)',
      '├─ node-0 (STARTED)',
      '│  [##..] 1/2 keyspaces',
      '└─ node-1 (PENDING)',
    ],
  },
];

for (const c of cases) {
  void test(`renderTree: ${c.name}`, () => {
    assert.equal(renderTree(c.tree), c.expected.join('\n'));
  });
}
