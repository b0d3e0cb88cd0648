// The HTTP front: /graphql goes to yoga, everything else to the viewer's static assets.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../graph/database.js';
import { createPledgegraphYoga, MAX_BODY_BYTES } from './createYoga.js';
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

export { MAX_BODY_BYTES };

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'",
};

function refuse(res: ServerResponse, req: IncomingMessage, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  req.resume();
}

export async function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  const yoga = createPledgegraphYoga({ ...options, bodySizeChecked: true });
  const viewer = await bundleViewer(options.production);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(yoga.graphqlEndpoint)) {
      // The body limit is enforced here, once, for yoga: a declared length is checked, and Node's parser never
      // delivers more than it; a body without one (chunked) could be of any size, so it is not accepted at all.
      const declared = req.headers['content-length'];
      if (Number(declared ?? 0) > MAX_BODY_BYTES) {
        refuse(res, req, 413, 'PAYLOAD_TOO_LARGE', `Request body over ${MAX_BODY_BYTES} bytes`);
        return;
      }
      if (declared === undefined && req.headers['transfer-encoding'] !== undefined) {
        refuse(res, req, 411, 'LENGTH_REQUIRED', 'A request body needs a Content-Length header');
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
