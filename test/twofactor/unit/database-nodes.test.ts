import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { databaseAddressOf, DatabaseNodes, type DatabaseNode } from '../../../src/twofactor/persistence/database-nodes.js';

describe('DATABASE_URL with several nodes', () => {
  it('lists the nodes in order, with default ports, IPv6 literals and encoded credentials', () => {
    assert.deepEqual(databaseAddressOf('mariadb://app:p%40ss@db1:4406,db2,[::1]:4408/app_1?x=1'), {
      nodes: [{ host: 'db1', port: 4406 }, { host: 'db2', port: 3306 }, { host: '::1', port: 4408 }], username: 'app', password: 'p@ss', database: 'app_1',
    });
    assert.deepEqual(databaseAddressOf('mysql://u@h/d').nodes, [{ host: 'h', port: 3306 }]);
    assert.throws(() => databaseAddressOf('mariadb:///d'), /DATABASE_URL must be mariadb:\/\/user:password@host/);
  });

  it('a node that refuses connections moves new connections to the next one', async () => {
    const gone = createServer().listen(0, '127.0.0.1');
    await once(gone, 'listening');
    const goneNode = { host: '127.0.0.1', port: (gone.address() as AddressInfo).port };
    gone.close();
    await once(gone, 'close');
    const live = createServer((s) => s.end()).listen(0, '127.0.0.1');
    await once(live, 'listening');
    const liveNode = { host: '127.0.0.1', port: (live.address() as AddressInfo).port };
    const moves: [DatabaseNode, DatabaseNode][] = [];
    const nodes = new DatabaseNodes([goneNode, liveNode], (from, to) => moves.push([from, to]));
    try {
      const refused = nodes.stream();
      const error = new Promise((resolve) => refused.on('error', resolve));
      await new Promise((resolve) => refused.once('close', resolve));
      assert.match(String(await error), /ECONNREFUSED/);
      assert.deepEqual(moves, [[goneNode, liveNode]]);
      assert.deepEqual(nodes.active, liveNode);
      const next = nodes.stream();
      await once(next, 'connect');
      assert.equal(next.remotePort, liveNode.port);
      next.destroy();
    } finally {
      live.close();
    }
  });
});
