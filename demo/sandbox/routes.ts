/** The route table: exact spellings, one handler per method. */
import { getAvailability, getPractice, getWaitTime, postVisit } from './api-routes.js';
import type { Handler } from './context.js';
import * as control from './control-routes.js';
import * as session from './session-routes.js';
import { serveStatic } from './static-files.js';
import { waitingRoom } from './waiting-room.js';

/** `api` answers get --latency and faults; `page`/`static` faults only; `control` neither. */
export type RouteKind = 'api' | 'page' | 'static' | 'control';

export interface Route {
  pattern: RegExp;
  kind: RouteKind;
  /** Which path parameter a fault's `practiceId` or `regionId` matches. */
  target?: 'practice' | 'region';
  methods: Partial<Record<string, Handler>>;
  /** Pages on localhost origins may call it with cookies (`credentials: 'include'`): the session routes. */
  credentials?: boolean;
}

const PARAM = '([^/]+)';

export function routes({ demo }: { demo: boolean }): Route[] {
  const table: Route[] = [
    { pattern: new RegExp(`^/api/8/DexCare/practices/${PARAM}$`), kind: 'api', target: 'practice', methods: { GET: getPractice } },
    { pattern: new RegExp(`^/api/8/practiceRegions/${PARAM}/availability$`), kind: 'api', target: 'region', methods: { GET: getAvailability } },
    { pattern: new RegExp(`^/api/8/practiceRegions/${PARAM}/waittime$`), kind: 'api', target: 'region', methods: { GET: getWaitTime } },
    { pattern: new RegExp(`^/api/8/practices/${PARAM}/visits$`), kind: 'api', target: 'practice', methods: { POST: postVisit } },
    { pattern: new RegExp(`^/DexCare/visit/${PARAM}$`), kind: 'page', methods: { GET: waitingRoom } },
    { pattern: /^\/sandbox\/sign-in$/, kind: 'control', methods: { GET: session.getSignInPage, POST: session.postSignIn } },
    { pattern: /^\/sandbox\/session$/, kind: 'control', credentials: true, methods: { GET: session.getSession } },
    { pattern: /^\/sandbox\/sign-out$/, kind: 'control', credentials: true, methods: { POST: session.signOut } },
    { pattern: /^\/sandbox\/session-tokens$/, kind: 'control', methods: { GET: control.getSessionTokens, PUT: control.setSessionTokens } },
    { pattern: /^\/sandbox\/dependents$/, kind: 'control', methods: { POST: control.addDependent } },
    { pattern: /^\/sandbox\/reset$/, kind: 'control', methods: { POST: control.reset } },
    { pattern: /^\/sandbox\/clock$/, kind: 'control', methods: { GET: control.getClock, PUT: control.setClock } },
    { pattern: /^\/sandbox\/visits$/, kind: 'control', methods: { GET: control.listVisits } },
    { pattern: /^\/sandbox\/requests$/, kind: 'control', methods: { GET: control.listRequests } },
    { pattern: /^\/sandbox\/expire-tokens$/, kind: 'control', methods: { POST: control.expireTokens } },
    {
      pattern: /^\/sandbox\/faults$/,
      kind: 'control',
      methods: { GET: control.getFaults, PUT: control.putFaults, DELETE: control.deleteFaults },
    },
  ];
  if (demo) {
    table.push({ pattern: /^\/(?:index\.html|builder)?$|^\/(?:demo|dist)\/./, kind: 'static', methods: { GET: serveStatic, HEAD: serveStatic } });
  } else {
    // The snippet builder (`npm run sandbox` too): its page, its own files, and dist/ for the live widget.
    table.push({ pattern: /^\/builder$|^\/demo\/builder[.-]|^\/dist\/./, kind: 'static', methods: { GET: serveStatic, HEAD: serveStatic } });
  }
  return table;
}

export type Match = { route: Route; params: string[] } | { route: Route; params: null } | null;

/** The route for a path; `params: null` when a parameter is not valid percent-encoding. */
export function matchRoute(table: Route[], path: string): Match {
  for (const route of table) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    try {
      return { route, params: match.slice(1).filter((part) => part !== undefined).map(decodeURIComponent) };
    } catch {
      return { route, params: null };
    }
  }
  return null;
}
