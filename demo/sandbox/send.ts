/** Writing answers: whole, or broken on purpose after the handler ran (a fault's `after`). */
import type { ServerResponse } from 'node:http';
import type { AfterFault } from './faults.js';
import type { Reply } from './http-util.js';

/** How much of the body `hang-body` sends before going quiet: enough to show the answer started. */
const HANG_BODY_BYTES = 8;

/** An nginx-style page, as a gateway answers when the upstream (DexCare) did not answer in time. */
const GATEWAY_TIMEOUT_PAGE =
  '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

interface Encoded {
  status: number;
  headers: Record<string, string>;
  /** Empty for HEAD and bodyless statuses; Content-Length still says what a GET would get. */
  payload: Buffer;
}

function encode(reply: Reply, baseHeaders: Record<string, string>, head: boolean): Encoded {
  const headers: Record<string, string> = {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...baseHeaders,
    ...reply.headers,
  };
  let payload: string | Buffer = '';
  if ('json' in reply) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    payload = JSON.stringify(reply.json);
  } else if ('html' in reply) {
    headers['Content-Type'] = 'text/html; charset=utf-8';
    payload = reply.html;
  } else if ('raw' in reply) {
    headers['Content-Type'] = reply.contentType;
    payload = reply.raw;
  }
  const bodyless = reply.status === 204 || reply.status === 304;
  if (!bodyless) headers['Content-Length'] = String(Buffer.byteLength(payload));
  return { status: reply.status, headers, payload: bodyless || head ? Buffer.alloc(0) : Buffer.from(payload) };
}

export function send(res: ServerResponse, reply: Reply, baseHeaders: Record<string, string>, head: boolean): void {
  if (res.writableEnded || res.destroyed) return;
  const { status, headers, payload } = encode(reply, baseHeaders, head);
  res.writeHead(status, headers);
  res.end(payload.length > 0 ? payload : undefined);
}

/** Breaks `reply` (the real answer, already made) the way `after` says. */
export function sendBroken(res: ServerResponse, reply: Reply, baseHeaders: Record<string, string>, head: boolean, after: AfterFault): void {
  if (res.writableEnded || res.destroyed) return;
  if (after === 'reset') {
    res.socket?.resetAndDestroy();
    return;
  }
  if (after === 'gateway-504') return send(res, { status: 504, html: GATEWAY_TIMEOUT_PAGE }, baseHeaders, head);
  const { status, headers, payload } = encode(reply, baseHeaders, head);
  res.writeHead(status, headers);
  res.flushHeaders();
  if (after === 'hang-body') {
    // Never ended: the client's own limit, or closing the sandbox, ends the connection. No timer to clear.
    res.write(payload.subarray(0, Math.min(HANG_BODY_BYTES, Math.floor(payload.length / 2))));
    return;
  }
  // cut-short: half the body (never all of it), then close once that part is on the wire.
  res.write(payload.subarray(0, Math.floor(payload.length / 2)), () => res.destroy());
}
