// The Mesos fetcher for CommandInfo.uris: each URI (a local path, file://, http:// or https://) is copied
// into the sandbox, in order, then made executable or unpacked (tar archives, .gz, .zip), as Mesos does.
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, copyFile, rm } from 'node:fs/promises';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

/** The parts of CommandInfo.URI the fetcher uses. `extract` defaults to true, as in the proto. */
export interface FetchUri {
  readonly value: string;
  readonly executable?: boolean | null;
  readonly extract?: boolean | null;
  readonly output_file?: string | null;
}

export class FetchError extends Error {
  readonly code = 'FETCH_FAILED';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'FetchError';
  }
}

const TAR_SUFFIXES = ['.tar', '.tar.gz', '.tgz', '.tar.bz2', '.tbz2', '.tar.xz', '.txz'];
const MAX_REDIRECTS = 5;

/** Fetches every URI into `sandbox` in order; the first failure stops the launch (FetchError). */
export async function fetchUris(uris: readonly FetchUri[], sandbox: string): Promise<void> {
  for (const uri of uris) {
    try {
      await fetchOne(uri, sandbox);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new FetchError(`Failed to fetch '${uri.value}': ${reason}`, { cause: err });
    }
  }
}

async function fetchOne(uri: FetchUri, sandbox: string): Promise<void> {
  const source = parseSource(uri.value);
  const name = uri.output_file ?? basename(source.path);
  if (name === '' || name.startsWith('/') || name.split('/').includes('..')) {
    throw new Error(`cannot derive a file name inside the sandbox from '${uri.value}'`);
  }
  const target = join(sandbox, name);
  if (source.kind === 'local') await copyFile(source.path, target);
  else await download(source.url, target, MAX_REDIRECTS);
  if (uri.executable === true) {
    await chmod(target, 0o755);
  } else if (uri.extract !== false) {
    await extract(target, sandbox);
  }
}

type Source = { kind: 'local'; path: string } | { kind: 'remote'; url: URL; path: string };

function parseSource(value: string): Source {
  if (value.startsWith('/')) return { kind: 'local', path: value };
  const url = new URL(value);
  switch (url.protocol) {
    case 'file:':
      return { kind: 'local', path: decodeURIComponent(url.pathname) };
    case 'http:':
    case 'https:':
      return { kind: 'remote', url, path: decodeURIComponent(url.pathname) };
    default:
      throw new Error(`unsupported URI scheme '${url.protocol}'`);
  }
}

async function download(url: URL, target: string, redirectsLeft: number): Promise<void> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsGet : httpGet)(url, resolve);
    request.on('error', reject);
  });
  const status = response.statusCode ?? 0;
  const location = response.headers.location;
  if (status >= 300 && status < 400 && location !== undefined && redirectsLeft > 0) {
    response.resume();
    await download(new URL(location, url), target, redirectsLeft - 1);
    return;
  }
  if (status !== 200) {
    response.resume();
    throw new Error(`Error downloading resource, received HTTP return code ${status}`);
  }
  await pipeline(response, createWriteStream(target));
}

async function extract(file: string, sandbox: string): Promise<void> {
  const name = basename(file);
  if (TAR_SUFFIXES.some((suffix) => name.endsWith(suffix))) {
    await run('tar', ['-C', sandbox, '-xf', file]);
  } else if (name.endsWith('.zip')) {
    await run('unzip', ['-o', '-q', '-d', sandbox, file]);
  } else if (name.endsWith('.gz')) {
    const unpacked = file.slice(0, -'.gz'.length);
    await pipeline(createReadStream(file), createGunzip(), createWriteStream(unpacked));
    await rm(file);
  }
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, (err, _stdout, stderr) => {
      if (err === null) resolve();
      else reject(new Error(`${command} failed: ${stderr.trim() || err.message}`));
    });
  });
}
