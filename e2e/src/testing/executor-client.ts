// The v1 executor client the command executor uses, for the test executor and conformance tests.
export * from '../cluster/agent/command-executor/client.js';
