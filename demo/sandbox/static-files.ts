/**
 * Static files for `--demo`: `/` → demo/index.html, `/demo/*` → demo/ (never demo/sandbox),
 * `/dist/*` → dist/; and, with or without it, the snippet builder: `/builder` → demo/builder.html. No directory listings, no way out of those folders.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from './context.js';
import { errorReply, type Reply } from './http-util.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const notFound = () => errorReply(404, 'Not found.', 'NOT_FOUND');

function inside(root: string, file: string): boolean {
  return file.startsWith(root + sep);
}

/** The file a URL path names, or null when it names nothing servable. */
function locate(rootDir: string, path: string): { root: string; file: string } | null {
  let folder: string;
  let rest: string;
  if (path === '/' || path === '/index.html') [folder, rest] = ['demo', 'index.html'];
  else if (path === '/builder') [folder, rest] = ['demo', 'builder.html'];
  else if (path.startsWith('/demo/')) [folder, rest] = ['demo', path.slice('/demo/'.length)];
  else if (path.startsWith('/dist/')) [folder, rest] = ['dist', path.slice('/dist/'.length)];
  else return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  const segments = decoded.split(/[/\\]/);
  if (decoded.includes('\0') || segments.some((segment) => segment === '..' || segment === '.' || segment === '')) return null;
  const root = resolve(rootDir, folder);
  const file = resolve(join(root, ...segments));
  if (!inside(root, file)) return null;
  if (folder === 'demo' && (file === join(root, 'sandbox') || inside(join(root, 'sandbox'), file))) return null;
  return { root, file };
}

export async function serveStatic({ rootDir, path }: Context): Promise<Reply> {
  const found = locate(rootDir, path);
  const type = found && CONTENT_TYPES[extname(found.file).toLowerCase()];
  if (!found || !type) return notFound();
  try {
    // Follow symlinks only when they stay inside the folder.
    const [root, real] = await Promise.all([realpath(found.root), realpath(found.file)]);
    if (!inside(root, real) || inside(join(root, 'sandbox'), real) || !(await stat(real)).isFile()) return notFound();
    return { status: 200, raw: await readFile(real), contentType: type, headers: { 'Cache-Control': 'no-cache' } };
  } catch {
    return notFound();
  }
}
