/**
 * A tiny static web server for the host pages in test/embed/pages/: each page is a plain HTML file that
 * uses only the published snippet and the built file, served with the headers that page needs (the
 * strict CSP page gets its Content-Security-Policy as a response header, as a real site would send it).
 *
 *   /pages/NAME.html        test/embed/pages/NAME.html; `{{SANDBOX_URL}}` becomes the sandbox's URL
 *   /pages/*.js, *.css      the pages' own host scripts and stylesheets
 *   /dist/*                 the built bundle (npm run build), as a CDN would serve it
 *   /copy/dist/*            the same files at another URL: a second, independent copy of the bundle
 *   /examples/plain-html/   the README's plain-HTML example; its `http://localhost:8080` becomes the sandbox
 *   /examples/react/app.js  the README's React example, bundled on first request (esbuild)
 *
 * The sandbox API runs on another port, so every page talks to a cross-origin API.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pagesDir = join(root, 'test/embed/pages');
const distDir = join(root, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The strict policy of the CSP page: only our own scripts and styles, the API, Lit's Trusted Types policy. */
export function strictPolicy(sandboxOrigin) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `connect-src ${sandboxOrigin}`,
    "style-src 'self'",
    "img-src 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** Headers per page, beyond the content type. */
function pageHeaders(name, sandboxOrigin) {
  if (name === 'csp.html' || name === 'query-string.html') return { 'Content-Security-Policy': strictPolicy(sandboxOrigin) };
  return {};
}

/** `relative` inside `dir`, or null when it would escape it or does not exist. */
function fileIn(dir, relative) {
  const path = normalize(join(dir, decodeURIComponent(relative)));
  if (!path.startsWith(dir + '/') || !existsSync(path) || !statSync(path).isFile()) return null;
  return path;
}

/** The React example as one script (React, ReactDOM, the example and the package's lib/ build). */
async function bundleReactExample() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'examples/react/main.tsx')],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2021',
    jsx: 'automatic',
    minify: false,
    // Resolve `@dexcare/virtual-visit` as an app would: through package.json's `exports` (lib/), not a tsconfig path.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export function startEmbedServer({ sandboxUrl }) {
  const sandboxOrigin = new URL(sandboxUrl).origin;
  let reactBundle;

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status, body, headers = {}) => {
      response.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      response.end(body);
    };
    const sendFile = (path, headers = {}) =>
      send(200, readFileSync(path), { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
    try {
      const path = url.pathname;
      if (path === '/favicon.ico') return send(204, '');
      if (path.startsWith('/dist/') || path.startsWith('/copy/dist/')) {
        const file = fileIn(distDir, path.replace(/^(\/copy)?\/dist\//, ''));
        return file ? sendFile(file) : send(404, 'not found');
      }
      if (path.startsWith('/pages/')) {
        const name = path.slice('/pages/'.length);
        const file = fileIn(pagesDir, name);
        if (!file) return send(404, 'not found');
        if (extname(file) !== '.html') return sendFile(file);
        const html = readFileSync(file, 'utf8').replaceAll('{{SANDBOX_URL}}', `${sandboxUrl}/`);
        return send(200, html, { 'Content-Type': TYPES['.html'], ...pageHeaders(name, sandboxOrigin) });
      }
      if (path === '/examples/plain-html/' || path === '/examples/plain-html/index.html') {
        const html = readFileSync(join(root, 'examples/plain-html/index.html'), 'utf8').replaceAll('http://localhost:8080', sandboxUrl);
        return send(200, html, { 'Content-Type': TYPES['.html'] });
      }
      if (path.startsWith('/examples/plain-html/dist/')) {
        const file = fileIn(distDir, path.slice('/examples/plain-html/dist/'.length));
        return file ? sendFile(file) : send(404, 'not found');
      }
      if (path === '/examples/react/' || path === '/examples/react/index.html') {
        const html = readFileSync(join(root, 'examples/react/index.html'), 'utf8');
        return send(200, html, { 'Content-Type': TYPES['.html'] });
      }
      if (path === '/examples/react/app.js') {
        reactBundle ??= bundleReactExample();
        return send(200, await reactBundle, { 'Content-Type': TYPES['.js'] });
      }
      return send(404, 'not found');
    } catch (error) {
      return send(500, String(error?.stack ?? error), { 'Content-Type': 'text/plain' });
    }
  });

  return new Promise((resolve) => {
    server.listen(0, 'localhost', () => {
      const { port } = server.address();
      resolve({ url: `http://localhost:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
