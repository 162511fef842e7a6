import { readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

/** Texts worth compressing; images and fonts are compressed already. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

type Encoding = 'br' | 'gzip';

/** The encoding to answer with: brotli when the browser takes it, else gzip, else none. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const offered = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
    .map(([name]) => name?.trim().toLowerCase());
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip') || offered.includes('*')) return 'gzip';
  return null;
}

const compress = (body: Buffer, encoding: Encoding): Buffer =>
  encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
    : gzipSync(body, { level: 9 });

export interface CompressedFiles {
  /** Express middleware: the console's text files under `prefix`, compressed; anything else to next. */
  readonly middleware: (request: Request, response: Response, next: NextFunction) => void;
  /** Sends `path` (inside root) compressed; false when the browser takes no encoding or it is no text. */
  send(path: string, request: Request, response: Response): boolean;
}

/**
 * Answers GET/HEAD of the console's text files compressed (brotli or gzip, as the browser accepts;
 * the first-load script of a React + antd console is over a megabyte raw, about a third compressed).
 * Each file is compressed once and kept: the build's files never change while the API runs. Anything
 * else (no such file, no accepted encoding, an image) goes to the next handler, express.static.
 */
export function compressedFiles(root: string, prefix: string, cacheControl: (path: string) => string): CompressedFiles {
  const cache = new Map<string, Buffer>();
  const send = (path: string, request: Request, response: Response): boolean => {
    const type = TYPES[extname(path)];
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (!type || !encoding) return false;
    if (!path.startsWith(root + sep) || !statSync(path, { throwIfNoEntry: false })?.isFile()) return false;
    const key = `${encoding}:${path}`;
    let body = cache.get(key);
    if (!body) {
      body = compress(readFileSync(path), encoding);
      cache.set(key, body);
    }
    response.setHeader('Content-Type', type);
    response.setHeader('Content-Encoding', encoding);
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('Content-Length', String(body.length));
    response.setHeader('Cache-Control', cacheControl(path));
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
  const middleware = (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (!request.path.startsWith(`${prefix}/`)) return next();
    let path: string;
    try {
      path = resolve(root, `.${decodeURIComponent(request.path.slice(prefix.length))}`);
    } catch {
      return next();
    }
    if (!send(path, request, response)) next();
  };
  return { middleware, send };
}
