// Which requests the API serves: exactly the operations the OpenAPI document lists ({id} stands for
// one path segment; HEAD is served as GET). A handler cannot be reached through a path the
// document does not name, so the document cannot fall behind the routes.
import { OPENAPI } from './openapi.js';

export type RouteMatch = 'served' | 'no-path' | 'no-method';

interface Template {
  readonly path: string;
  readonly pattern: RegExp;
  readonly methods: readonly string[];
}

const TEMPLATES: readonly Template[] = Object.entries(OPENAPI.paths).map(([path, item]) => ({
  path,
  pattern: new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  methods: Object.keys(item).map((m) => m.toUpperCase()),
}));

/** Every documented operation as "METHOD /path/{id}". */
export function documentedOperations(): string[] {
  return TEMPLATES.flatMap((t) => t.methods.map((m) => `${m} ${t.path}`));
}

export function matchRoute(method: string, path: string): RouteMatch {
  const wanted = method === 'HEAD' ? 'GET' : method;
  const found = TEMPLATES.filter((t) => t.pattern.test(path));
  if (found.length === 0) return 'no-path';
  return found.some((t) => t.methods.includes(wanted)) ? 'served' : 'no-method';
}
