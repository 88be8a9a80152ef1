// The ring's Cassandra tarball as a plain tar in the ring's work dir. The jars inside are compressed
// already (gzip saves ~7 % of the bytes), while gunzipping it costs the Mesos fetcher ~0.5 s on every
// launch: the largest part of a restart in place that was not Cassandra's own start-up.
import { createReadStream, createWriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

const GZIPPED_TAR = /\.(tar\.gz|tgz)$/;

/** `gzipped` (name-bin.tar.gz or .tgz) written once into `dir` as name-bin.tar; returns its path. */
export async function plainTarball(gzipped: string, dir: string): Promise<string> {
  const name = basename(gzipped);
  if (!GZIPPED_TAR.test(name)) throw new Error(`not a gzipped tarball: ${gzipped}`);
  const target = join(dir, name.replace(GZIPPED_TAR, '.tar'));
  await pipeline(createReadStream(gzipped), createGunzip(), createWriteStream(target));
  return target;
}
