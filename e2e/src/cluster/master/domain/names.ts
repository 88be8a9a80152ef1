// Validation of the names Mesos turns into paths: task/executor/framework/persistence ids and role
// names. Messages follow Mesos's own wording so that ERROR events and TASK_ERROR messages read alike.

/** NAME_MAX: an id is a directory name on the agent, so it may take up to 255 bytes. */
const NAME_MAX = 255;

function hasControlOrSeparator(id: string): boolean {
  for (const ch of id) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || ch === '/' || ch === '\\') return true;
  }
  return false;
}

/** Mesos's `validateID`: the rule shared by task, executor, framework and persistence ids. */
export function idError(id: string): string | null {
  if (id === '') return 'ID must not be empty';
  if (Buffer.byteLength(id, 'utf8') > NAME_MAX) {
    return `ID must not be greater than ${NAME_MAX} characters`;
  }
  if (id === '.' || id === '..') return `'${id}' is disallowed`;
  if (hasControlOrSeparator(id)) return `'${id}' contains invalid characters`;
  return null;
}

const WHITESPACE = /[\t\n\v\f\r ]/;

function roleComponentError(role: string, component: string): string | null {
  if (component === '') return `Role '${role}' cannot contain two adjacent slashes`;
  if (component === '.' || component === '..' || component === '*') {
    return `Role '${role}' cannot include '${component}' as a path segment`;
  }
  if (component.startsWith('-')) {
    return `Role component '${component}' is invalid because it starts with a dash`;
  }
  if (WHITESPACE.test(component)) {
    return `Role component '${component}' is invalid because it contains backspace or whitespace`;
  }
  return null;
}

/** Mesos's `roles::validate`: `*` alone is fine; a hierarchical role is `/`-separated components. */
export function roleError(role: string): string | null {
  if (role === '*') return null;
  if (role === '') return 'Empty role name is invalid';
  if (role.startsWith('/')) return `Role '${role}' cannot start with a slash`;
  if (role.endsWith('/')) return `Role '${role}' cannot end with a slash`;
  for (const component of role.split('/')) {
    const error = roleComponentError(role, component);
    if (error !== null) return error;
  }
  return null;
}
