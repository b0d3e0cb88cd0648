// graph/tcpNoDelay.ts: client sockets opened after installation get TCP_NODELAY, before they connect.
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setNoDelayOnClientSockets } from '../../graph/tcpNoDelay.js';

describe('setNoDelayOnClientSockets', () => {
  let server: net.Server;
  let port: number;
  beforeAll(async () => {
    server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sets TCP_NODELAY on sockets from net.connect, once however often it is installed', async () => {
    setNoDelayOnClientSockets();
    setNoDelayOnClientSockets();
    const setNoDelay = vi.spyOn(net.Socket.prototype, 'setNoDelay');
    try {
      const socket = net.connect(port, '127.0.0.1');
      // Set as the socket is made, so nothing the driver writes after connecting is held back.
      expect(setNoDelay.mock.contexts).toEqual([socket]);
      expect(setNoDelay.mock.calls).toEqual([[true]]);
      await new Promise((resolve) => socket.once('close', resolve));
    } finally {
      setNoDelay.mockRestore();
    }
  });
});
