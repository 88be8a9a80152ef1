// Public surface of the Cassandra runtime pieces: render a node's config, build its java and
// nodetool command lines, run and stop the JVM, and probe it through Jolokia.
export * from './argv.js';
export * from './command-options.js';
export * from './distribution.js';
export * from './errors.js';
export * from './jolokia-reply.js';
export * from './jolokia.js';
export * from './jvm-options.js';
export * from './log-follow.js';
export * from './nodetool-argv.js';
export * from './nodetool-status.js';
export * from './nodetool.js';
export * from './process.js';
export * from './spec.js';
export * from './yaml.js';
