/** Reading request bodies and describing answers. */
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 64 * 1024;
/** Past this the sandbox stops reading and closes the connection after answering. */
const MAX_DRAIN_BYTES = 8 * 1024 * 1024;

export interface RequestBody {
  text: string;
  bytes: number;
  /** More than MAX_BODY_BYTES arrived; `text` is empty. */
  tooLarge: boolean;
  /** So much arrived that the sandbox gave up reading; the connection must close. */
  abandoned: boolean;
}

/** Reads the whole body (keeping at most MAX_BODY_BYTES) so that an early answer never races the upload. */
export function readBody(req: IncomingMessage): Promise<RequestBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let done = false;
    const finish = (abandoned: boolean) => {
      if (done) return;
      done = true;
      const tooLarge = bytes > MAX_BODY_BYTES;
      resolve({ text: tooLarge ? '' : Buffer.concat(chunks).toString('utf8'), bytes, tooLarge, abandoned });
    };
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
      if (bytes > MAX_DRAIN_BYTES) {
        req.pause();
        finish(true);
      }
    });
    req.on('end', () => finish(false));
    req.on('error', () => finish(true));
    req.on('close', () => finish(!req.complete));
  });
}

/** A browser form's post (`application/x-www-form-urlencoded`), as opposed to JSON from a script. */
export function isFormPost(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/** What a handler answers; the server adds CORS and caching headers and writes it. */
export type Reply =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; html: string; headers?: Record<string, string> }
  | { status: number; raw: string | Buffer; contentType: string; headers?: Record<string, string> }
  | { status: 204; empty: true; headers?: Record<string, string> };

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, json: body, headers });

export const errorReply = (status: number, error: string, code?: string, field?: string): Reply =>
  json(status, { error, ...(code ? { code } : {}), ...(field ? { field } : {}) });

/** `{ ok, value }` when the text is JSON; an empty body counts as `undefined`. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
