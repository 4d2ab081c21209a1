/** What every route handler gets. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Reply, RequestBody } from './http-util.js';
import type { Store } from './store.js';

export interface Context {
  method: string;
  path: string;
  /** Decoded path parameters, in pattern order. */
  params: string[];
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: RequestBody;
  /** The sandbox's own origin as the client reached it, e.g. `http://localhost:8000`. */
  origin: string;
  store: Store;
  /** Project root, for static files. */
  rootDir: string;
}

export type Handler = (context: Context) => Reply | Promise<Reply>;
