// The HTTP front: /graphql goes to yoga, everything else to the viewer's static assets.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../graph/database.js';
import { createPledgegraphYoga } from './createYoga.js';
import { bundleViewer } from './viewerAssets.js';

export interface HttpOptions {
  db: Database;
  host: string;
  port: number;
  production: boolean;
  corsOrigins: string[];
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** No legitimate query comes near this; a larger body is refused before it is parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'",
};

export async function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  const yoga = createPledgegraphYoga(options);
  const viewer = await bundleViewer(options.production);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(yoga.graphqlEndpoint)) {
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
        res.writeHead(413, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
        req.resume();
        return;
      }
      void yoga.handle(req, res);
      return;
    }
    const asset = viewer.files.get(url.pathname === '/index.html' ? '/' : url.pathname);
    if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': asset.type, ...SECURITY_HEADERS });
    res.end(req.method === 'HEAD' ? undefined : asset.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${options.host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
