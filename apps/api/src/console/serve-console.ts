import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { compressedFiles } from './compressed-files.js';

/** The console's own prefix: no API route starts with it, so the console never shadows the API. */
export const CONSOLE_PREFIX = '/console';

/**
 * Pages the console answers outside its prefix, for the public without login: the 群众评议 link the
 * API issues for a pledge, a unit's 三亮 page (its standards, members' identity and pledges) and a
 * commendation round's 公示 / 表彰名单 notice.
 */
const PUBLIC_PAGES = [
  /^\/public\/pledges\/[0-9a-f-]{36}\/rate$/i,
  /^\/public\/organisations\/[0-9a-f-]{36}\/board$/i,
  /^\/public\/commendations\/[0-9a-f-]{36}\/notice$/i,
];

/**
 * Serves the built web console (apps/console → `consoleDir`) under /console/: hashed assets
 * cached for a year, every other GET that wants HTML answered with index.html (the console routes
 * in the browser), `/` redirected to it. Without a build the API runs without a console.
 */
export function serveConsole(app: INestApplication, consoleDir: string): boolean {
  const root = resolve(consoleDir);
  const indexHtml = resolve(root, 'index.html');
  if (!existsSync(indexHtml)) return false;
  const express = app as NestExpressApplication;
  const cacheControl = (path: string) =>
    path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  // Compressed first (brotli or gzip); express.static answers what it does not (images, no encoding).
  const compressed = compressedFiles(root, CONSOLE_PREFIX, cacheControl);
  express.use(compressed.middleware);
  express.useStaticAssets(root, {
    prefix: `${CONSOLE_PREFIX}/`,
    index: false,
    setHeaders: (response, path) => response.setHeader('Cache-Control', cacheControl(path)),
  });
  const sendIndex = (request: Request, response: Response, next: NextFunction) => {
    if (compressed.send(indexHtml, request, response)) return;
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml, (error) => error && next(error));
  };
  express.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path === '/') return response.redirect(302, `${CONSOLE_PREFIX}/`);
    const inConsole = request.path === CONSOLE_PREFIX || request.path.startsWith(`${CONSOLE_PREFIX}/`);
    if (inConsole || (PUBLIC_PAGES.some((page) => page.test(request.path)) && request.accepts('html')))
      return sendIndex(request, response, next);
    next();
  });
  return true;
}
