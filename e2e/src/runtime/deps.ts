// Where `make deps` put the runtimes: $DEPS_DIR, or <repo>/.deps when unset (read by the caller).
import { fileURLToPath } from 'node:url';

export const CASSANDRA_VERSION = '5.0.9';
export const ZOOKEEPER_VERSION = '3.9.4';

/** <repo>/.deps, found from this file's place in e2e/dist/runtime/. */
export function defaultDepsDir(): string {
  return fileURLToPath(new URL('../../../.deps', import.meta.url));
}

export function cassandraHome(depsDir: string): string {
  return `${depsDir}/apache-cassandra-${CASSANDRA_VERSION}`;
}

export function zookeeperHome(depsDir: string): string {
  return `${depsDir}/zookeeper-${ZOOKEEPER_VERSION}`;
}
