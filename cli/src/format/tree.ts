// Box-drawing trees (plan -> phase -> step), in the layout DC/OS operators know from `plan show`.

export interface TreeNode {
  readonly label: string;
  readonly children: readonly TreeNode[];
}

export function renderTree(root: TreeNode): string {
  return [root.label, ...childLines(root.children, '')].join('\n');
}

function childLines(children: readonly TreeNode[], indent: string): string[] {
  return children.flatMap((child, i) => {
    const last = i === children.length - 1;
    const [first = '', ...more] = child.label.split('\n');
    const under = indent + (last ? '   ' : '│  ');
    return [
      `${indent}${last ? '└─ ' : '├─ '}${first}`,
      ...more.map((line) => under + line),
      ...childLines(child.children, under),
    ];
  });
}
