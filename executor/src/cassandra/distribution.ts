// File-system side of running a node: reads an unpacked distribution (lib/ listing, JVM option
// files) and writes a node's rendered configuration and directories.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { jolokiaAgentPath, type Distribution } from './argv.js';
import { CassandraRuntimeError } from './errors.js';
import { parseJvmOptions } from './jvm-options.js';
import { dataDirectories, type CassandraNodeSpec, type RunDirectories } from './spec.js';
import { renderCassandraYaml, renderRackdcProperties } from './yaml.js';

/** The option files, in the order their flags go on the command line. */
export const JVM_OPTION_FILES = ['jvm-server.options', 'jvm17-server.options'] as const;

export async function readDistribution(home: string): Promise<Distribution> {
  const libJars = await readdir(`${home}/lib`).catch((error: unknown) => {
    const message = `${home} is not a Cassandra distribution (no lib/): run make deps`;
    throw new CassandraRuntimeError('DISTRIBUTION_INVALID', message, false, { cause: error });
  });
  const jars = libJars.filter((name) => name.endsWith('.jar'));
  if (!jars.some((name) => name.startsWith('cassandra-all-'))) {
    throw new CassandraRuntimeError(
      'DISTRIBUTION_INVALID',
      `${home}/lib has no cassandra-all jar`,
      false,
    );
  }
  await stat(jolokiaAgentPath(home)).catch((error: unknown) => {
    const message = `${home} has no Jolokia agent at ${jolokiaAgentPath(home)}`;
    throw new CassandraRuntimeError('DISTRIBUTION_INVALID', message, false, { cause: error });
  });
  const optionTexts = await Promise.all(
    JVM_OPTION_FILES.map((file) => readFile(`${home}/conf/${file}`, 'utf8')),
  );
  return { home, libJars: jars, jvmOptions: optionTexts.flatMap(parseJvmOptions) };
}

/** Creates the node's directories and writes its cassandra.yaml and rack file into confDir. */
export async function writeNodeFiles(spec: CassandraNodeSpec, run: RunDirectories): Promise<void> {
  const data = dataDirectories(spec.dataRoot);
  const dirs = [
    ...[run.confDir, run.logDir, run.tmpDir],
    ...[data.data, data.commitlog, data.savedCaches, data.hints],
  ];
  await Promise.all(dirs.map((dir) => mkdir(dir, { recursive: true })));
  await writeFile(`${run.confDir}/cassandra.yaml`, renderCassandraYaml(spec));
  await writeFile(`${run.confDir}/cassandra-rackdc.properties`, renderRackdcProperties(spec));
}
