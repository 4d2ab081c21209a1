/**
 * `startSandbox(options)`: the sandbox over real HTTP. One pipeline per request:
 * CORS → preflight → route → fault → latency → body → handler → reply (or a broken one, for an
 * `after` fault), all inside one try/catch.
 */
import { setMaxListeners } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from './context.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { dropsConnection, takeFault, type Fault } from './faults.js';
import { errorReply, readBody, type Reply, type RequestBody } from './http-util.js';
import { matchRoute, routes, type Route } from './routes.js';
import { send, sendBroken } from './send.js';
import { Store } from './store.js';

export interface SandboxOptions {
  /** 0 (the default here) picks a free port. */
  port?: number;
  host?: string;
  /** Also serve the demo page and dist/. */
  demo?: boolean;
  /** Extra delay before every API answer, in ms. */
  latencyMs?: number;
  /** Delay before each dist/ file, in ms (a CDN's round trip, for the benchmark's cold first view). */
  distLatencyMs?: number;
  /** One line per request (method, path, status) through `log`. */
  verbose?: boolean;
  log?: (line: string) => void;
  /** Project root (defaults to the one this file lives in). */
  rootDir?: string;
}

export interface Sandbox {
  url: string;
  port: number;
  /** The live state, for in-process tests. */
  store: Store;
  close(): Promise<void>;
}

/**
 * The package's root, which holds dist/ and demo/: the nearest folder above this file with a package.json,
 * so the same code finds it from demo/sandbox/ in the repository and from its compiled copy
 * (sandbox/demo/sandbox/, also inside node_modules/@dexcare/virtual-visit/), whatever the working directory.
 */
function packageRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; ) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return fileURLToPath(new URL('../../', import.meta.url));
    dir = parent;
  }
}

const DEFAULT_ROOT = packageRoot();
const EMPTY_BODY: RequestBody = { text: '', bytes: 0, tooLarge: false, abandoned: false };

function delay(ms: number, signal: AbortSignal): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(!signal.aborted);
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The origin the client used to reach us, when the Host header looks like a host; else `fallback`. */
function requestOrigin(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host ?? '';
  return /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host) ? `http://${host}` : fallback;
}

function urlHost(host: string): string {
  if (host === '' || host === '0.0.0.0' || host === '::' || host === 'localhost') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** The answer a fault gives instead of handling the request, or null when the handler answers. */
function faultReply(fault: Fault): Reply | null {
  if (fault.redirect) {
    const { status, location } = fault.redirect;
    return { status, raw: `Redirecting to ${location}`, contentType: 'text/plain; charset=utf-8', headers: { Location: location } };
  }
  const headers = fault.retryAfter === undefined ? undefined : { 'Retry-After': fault.retryAfter };
  if (fault.body !== undefined) {
    return { status: fault.status ?? 200, raw: fault.body, contentType: 'application/json; charset=utf-8', headers };
  }
  if (fault.status !== undefined) {
    return { ...errorReply(fault.status, `Sandbox fault: HTTP ${fault.status}.`, 'SANDBOX_FAULT'), headers };
  }
  return null;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const store = new Store();
  const table = routes({ demo: options.demo ?? false });
  const rootDir = options.rootDir ?? DEFAULT_ROOT;
  const latencyMs = options.latencyMs ?? 0;
  const distLatencyMs = options.distLatencyMs ?? 0;
  const closing = new AbortController();
  // Every request in flight listens here; many at once is normal, not a leak.
  setMaxListeners(0, closing.signal);
  let url = '';

  async function handle(req: IncomingMessage, res: ServerResponse, signal: AbortSignal): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    // See dropsConnection: while such a fault is installed, every request comes on a fresh connection.
    const dropping = store.faults.some(dropsConnection);
    if (dropping) res.setHeader('Connection', 'close');
    let path: string;
    let query: URLSearchParams;
    try {
      const parsed = new URL(req.url ?? '/', 'http://sandbox.invalid');
      [path, query] = [parsed.pathname, parsed.searchParams];
    } catch {
      [path, query] = ['', new URLSearchParams()];
    }
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const match = path ? matchRoute(table, path) : null;
    const credentials = match?.route.credentials ?? false;
    const cors = corsHeaders(origin, { credentials, api: match?.route.kind === 'api' });

    if (method === 'OPTIONS') {
      req.resume();
      const allow = match ? [...Object.keys(match.route.methods), 'OPTIONS'].join(', ') : 'OPTIONS';
      return send(res, { status: 204, empty: true, headers: { ...preflightHeaders(origin, credentials), Allow: allow } }, {}, false);
    }
    const route: Route | undefined = match?.route;
    const handler = route?.methods[method];
    if (!route || !handler || !match?.params) {
      const body = await readBody(req);
      if (body.abandoned) res.setHeader('Connection', 'close');
      const reply = !route || !match?.params
        ? errorReply(404, 'Not found.', 'NOT_FOUND')
        : { ...errorReply(405, `${method} is not allowed here.`, 'METHOD_NOT_ALLOWED'), headers: { Allow: Object.keys(route.methods).join(', ') } };
      return send(res, reply, cors, method === 'HEAD');
    }

    let fault: Fault | undefined;
    if (route.kind !== 'control') {
      const param = match.params[0];
      fault = takeFault(store.faults, {
        method,
        path,
        practiceId: route.target === 'practice' ? param : undefined,
        regionId: route.target === 'region' ? param : undefined,
      });
      if (fault?.destroy) {
        req.socket.destroy();
        return;
      }
      if (fault?.latencyMs && !(await delay(fault.latencyMs, signal))) return;
      if (fault?.hang) {
        req.resume();
        return; // Answered never; the 'close' listener records it when the client gives up.
      }
      const reply = fault && faultReply(fault);
      if (reply) {
        req.resume();
        return send(res, reply, cors, method === 'HEAD');
      }
    }
    const body = method === 'GET' || method === 'HEAD' ? (req.resume(), EMPTY_BODY) : await readBody(req);
    if (body.abandoned) res.setHeader('Connection', 'close');
    if (route.kind === 'api' && !(await delay(latencyMs, signal))) return;
    if (route.kind === 'static' && distLatencyMs && path.startsWith('/dist/') && !(await delay(distLatencyMs, signal))) return;
    const context: Context = {
      method,
      path,
      params: match.params,
      query,
      headers: req.headers,
      body,
      origin: requestOrigin(req, url),
      store,
      rootDir,
    };
    const reply = await handler(context);
    if (!dropping && store.faults.some(dropsConnection)) {
      // Just installed: close the idle connections before answering, so the client sees them gone first.
      server.closeIdleConnections();
      res.setHeader('Connection', 'close');
    }
    if (fault?.after) return sendBroken(res, reply, cors, method === 'HEAD', fault.after);
    send(res, reply, cors, method === 'HEAD');
  }

  const server = createServer((req, res) => {
    const requestAbort = new AbortController();
    const onClosing = () => requestAbort.abort();
    closing.signal.addEventListener('abort', onClosing, { once: true });
    const path = (req.url ?? '').split('?')[0] ?? '';
    res.once('close', () => {
      requestAbort.abort();
      closing.signal.removeEventListener('abort', onClosing);
      const status = res.headersSent ? res.statusCode : 0;
      store.logRequest({ method: req.method ?? '', path, hasAuthorization: req.headers.authorization !== undefined, status });
      if (options.verbose) (options.log ?? console.log)(`${req.method} ${path} ${status}`);
    });
    handle(req, res, requestAbort.signal).catch((error: unknown) => {
      (options.log ?? console.error)(`Sandbox bug on ${req.method} ${path}: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent && !res.destroyed) {
        const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
        send(res, errorReply(500, 'Something went wrong in the sandbox.', 'INTERNAL_ERROR'), corsHeaders(origin), false);
      } else res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? 'localhost', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  url = `http://${urlHost(options.host ?? 'localhost')}:${port}`;

  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    store,
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
