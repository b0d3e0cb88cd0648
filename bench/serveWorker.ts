// The GraphQL server for the query benchmark, in its own process so that autocannon's load generation does not
// share an event loop with the server it measures. Usage: tsx bench/serveWorker.ts <bolt uri>; prints
// "SERVING <url>" and runs until its stdin closes (the parent exiting closes it too).
import { Database } from '../graph/database.js';
import { startHttpServer } from '../src/server/httpServer.js';
import { SERVING_PREFIX } from './protocol.js';

// This worker runs through tsx, which turns on source-mapped stack traces; the production server (`pledgegraph
// start`, from the esbuild bundle) runs without them, and so does this one. Reads take no driver stack trace any
// more (graph/database.ts), but any other Error made on the way would be mapped through the source maps.
process.setSourceMapsEnabled(false);

const uri = process.argv[2];
if (!uri) {
  process.stderr.write('usage: tsx bench/serveWorker.ts <bolt uri>\n');
  process.exit(2);
}
const db = await Database.connect({ uri });
const server = await startHttpServer({ db, host: '127.0.0.1', port: 0, production: true, corsOrigins: [] });
process.stdout.write(`${SERVING_PREFIX}${server.url}\n`);
process.stdin.resume();
process.stdin.once('end', () => {
  void server.close().then(() => db.close()).then(() => process.exit(0));
});
