// Which TCP addresses a process listens on, read from /proc: its socket inodes (/proc/<pid>/fd)
// matched against the kernel's IPv4 socket table (/proc/net/tcp). Lets tests check that a node
// binds its own address and nothing else.
import { readFile, readdir, readlink } from 'node:fs/promises';

const LISTEN = '0A';

export interface TcpSocket {
  readonly address: string;
  readonly port: number;
  readonly inode: string;
}

/** Listening sockets in a /proc/net/tcp text (addresses are little-endian hex, IPv4 only). */
export function parseListeningSockets(table: string): TcpSocket[] {
  return table
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === LISTEN)
    .map((fields) => {
      const [hexAddress = '', hexPort = ''] = (fields[1] ?? '').split(':');
      const octets = (hexAddress.match(/../g) ?? []).map((byte) => parseInt(byte, 16)).reverse();
      return { address: octets.join('.'), port: parseInt(hexPort, 16), inode: fields[9] ?? '' };
    });
}

/** `address:port` of every IPv4 TCP socket the process listens on, sorted. */
export async function listeningAddresses(pid: number): Promise<string[]> {
  const fds = await readdir(`/proc/${pid}/fd`);
  const links = await Promise.all(
    fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')),
  );
  const inodes = new Set(links.flatMap((link) => /^socket:\[(\d+)\]$/.exec(link)?.[1] ?? []));
  const table = await readFile(`/proc/${pid}/net/tcp`, 'utf8');
  return parseListeningSockets(table)
    .filter((socket) => inodes.has(socket.inode))
    .map((socket) => `${socket.address}:${socket.port}`)
    .sort();
}
