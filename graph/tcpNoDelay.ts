// Turns Nagle's algorithm off for the sockets of the Neo4j driver, which (5.x) leaves it on and has no option for
// it. The driver writes a message in pieces of 1,400 bytes, so a statement over that size ends in a small segment
// that Nagle holds back until Neo4j acknowledges the first piece, and Neo4j delays that ACK by up to 40 ms in the
// hope of sending it with a reply, which cannot come before the whole statement has arrived: a 2 kB statement took
// 40 ms longer than a 1 kB one. Must never change anything but the TCP_NODELAY option of client sockets.
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

// Node publishes on this channel every socket that net.connect creates, before the socket connects. It covers
// plain bolt:// and neo4j:// connections; the driver opens encrypted ones with tls.connect, which does not publish.
const CLIENT_SOCKETS = 'net.client.socket';

let installed = false;

function noDelay(message: unknown): void {
  (message as { socket: Socket }).socket.setNoDelay(true);
}

/**
 * Sets TCP_NODELAY on every TCP client socket this process opens from now on. The driver's are the only ones that
 * the server and the CLI open (HTTP clients such as fetch already set it themselves), and a request-response
 * protocol gains nothing from Nagle's coalescing. Idempotent.
 */
export function setNoDelayOnClientSockets(): void {
  if (installed) return;
  subscribe(CLIENT_SOCKETS, noDelay);
  installed = true;
}
