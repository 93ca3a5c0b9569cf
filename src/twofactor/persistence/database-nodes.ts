/**
 * Several database nodes behind one DATABASE_URL — a Galera cluster's nodes, any of which takes
 * writes: `mariadb://user:pass@host1:3306,host2:3306,host3:3306/db`. An instance uses one node at a
 * time, the first listed while it answers; connections that cannot be opened there move the
 * instance on to the next node. The request that met the dead node answers 503 at once (its
 * connection error, see database.ts), the following ones are served by the next node.
 */
import { connect, type Socket } from 'node:net';

export interface DatabaseNode {
  host: string;
  port: number;
}

export interface DatabaseAddress {
  nodes: DatabaseNode[];
  username: string;
  password: string;
  database: string;
}

const URL_PARTS = /^(?:mysql|mariadb):\/\/(?:([^@/]*)@)?([^/?#]+)(?:\/([^?#]*))?/;

/** The nodes, credentials and database of a mysql:// or mariadb:// URL (hosts comma-separated). */
export function databaseAddressOf(url: string): DatabaseAddress {
  const parts = URL_PARTS.exec(url);
  if (!parts) throw new Error('DATABASE_URL must be mariadb://user:password@host[:port][,host[:port]…]/database');
  const [, userInfo = '', hosts, path = ''] = parts;
  const colon = userInfo.indexOf(':');
  const nodes = hosts!.split(',').map((h) => {
    // Each host through the URL parser, so IPv6 literals and defaults behave as for one host.
    const u = new URL(`mysql://${h}`);
    return { host: u.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(u.port || 3306) };
  });
  return {
    nodes,
    username: decodeURIComponent(colon < 0 ? userInfo : userInfo.slice(0, colon)),
    password: decodeURIComponent(colon < 0 ? '' : userInfo.slice(colon + 1)),
    database: decodeURIComponent(path),
  };
}

/**
 * The node new connections go to. mysql2 calls `stream` for each connection it opens; a socket
 * that closes before it connected (refused, unreachable, connectTimeout) marks its node as gone,
 * and the next connection tries the node after it. Connections already open to a node that goes
 * away fail on their own and leave the pool (mysql2 drops a connection on a fatal error).
 */
export class DatabaseNodes {
  private current = 0;

  constructor(readonly nodes: readonly DatabaseNode[], private readonly onFailover: (from: DatabaseNode, to: DatabaseNode) => void = () => undefined) {}

  get active(): DatabaseNode {
    return this.nodes[this.current]!;
  }

  readonly stream = (): Socket => {
    const index = this.current;
    const node = this.nodes[index]!;
    const socket = connect(node.port, node.host);
    socket.setNoDelay(true);
    let connected = false;
    socket.once('connect', () => { connected = true; });
    socket.once('close', () => { if (!connected) this.failedAt(index); });
    return socket;
  };

  private failedAt(index: number): void {
    // Only the first failure of a node moves on: connections opened before the move fail too.
    if (index !== this.current) return;
    this.current = (index + 1) % this.nodes.length;
    this.onFailover(this.nodes[index]!, this.active);
  }
}
