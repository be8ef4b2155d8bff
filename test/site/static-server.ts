import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on a free loopback port the way a static host with clean
 * URLs does: `/lessons/01-single-echo` is `lessons/01-single-echo.html`, a folder
 * is its `index.html`, anything else is the site's 404 page.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const find = async (urlPath: string): Promise<string | undefined> => {
    const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
    const base = path.join(root, clean);
    if (!base.startsWith(root)) return undefined;
    for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
      const info = await stat(candidate).catch(() => undefined);
      if (info?.isFile()) return candidate;
    }
    return undefined;
  };
  const server = http.createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = await find(urlPath);
    const served = file ?? path.join(root, '404.html');
    // As VitePress advises for a real host: files under /assets/ are named by
    // their content, so a browser may keep them (and its compiled scripts) for good.
    const caching = file && urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    response.writeHead(file ? 200 : 404, {
      'content-type': types[path.extname(served)] ?? 'application/octet-stream',
      'cache-control': caching,
    });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
