// Starts the node a launch plan describes: checks the persistent volume is there, writes the
// rendered config into the sandbox, builds the java command line from the distribution in the
// sandbox and spawns it in its own process group, console output to files in the sandbox.
import { stat } from 'node:fs/promises';
import {
  buildServerCommand,
  FAST_TEST_START,
  readDistribution,
  runDirectories,
  spawnDetached,
  withJolokiaAgent,
  withJvmOptions,
  writeNodeFiles,
  type DetachedProcess,
  type Distribution,
} from '../cassandra/index.js';
import type { LaunchPlan } from '../domain/launch-plan.js';

export interface StartOptions {
  readonly javaPath: string;
  readonly fastStart: boolean;
}

export interface StartedNode {
  readonly process: DetachedProcess;
  readonly distribution: Distribution;
  readonly stdoutPath: string;
  readonly stderrPath: string;
  /** Where this run's console output starts in stdoutPath (earlier runs may have appended). */
  readonly stdoutOffset: number;
}

export class NodeStartError extends Error {
  override readonly name = 'NodeStartError';
  constructor(
    readonly code: 'VOLUME_MISSING',
    message: string,
  ) {
    super(message);
  }
}

export async function startNode(plan: LaunchPlan, options: StartOptions): Promise<StartedNode> {
  const volume = await stat(plan.node.dataRoot).catch(() => undefined);
  // Data written into the bare sandbox would vanish with it: refuse rather than lose it later.
  if (!volume?.isDirectory()) {
    const message = `the persistent volume is not at ${plan.node.dataRoot} (NodeConfig.data_dir)`;
    throw new NodeStartError('VOLUME_MISSING', message);
  }
  const distribution = await readDistribution(plan.distributionHome);
  const run = runDirectories(plan.workDir);
  await writeNodeFiles(plan.node, run);
  let command = buildServerCommand({
    spec: plan.node,
    distribution,
    run,
    heapMb: plan.heapMb,
    javaPath: options.javaPath,
    ...(options.fastStart ? { fastStart: FAST_TEST_START } : {}),
    ...(plan.replaceAddress === undefined ? {} : { replaceAddress: plan.replaceAddress }),
  });
  command = withJvmOptions(command, plan.extraJvmOptions);
  if (plan.jolokiaAgentPath !== undefined) {
    command = withJolokiaAgent(command, plan.distributionHome, plan.jolokiaAgentPath);
  }
  const stdoutPath = `${run.logDir}/stdout.log`;
  const stderrPath = `${run.logDir}/stderr.log`;
  const stdoutOffset = (await stat(stdoutPath).catch(() => undefined))?.size ?? 0;
  const process = await spawnDetached(command, { cwd: plan.workDir, stdoutPath, stderrPath });
  return { process, distribution, stdoutPath, stderrPath, stdoutOffset };
}
