/**
 * Response bodies that misbehave, for the client's tests: they hang, drip, never end or break, and
 * note whether the client cancelled them (released the connection) and how much it pulled.
 */
const encoder = new TextEncoder();

export interface Body {
  stream: ReadableStream<Uint8Array>;
  cancelled: () => boolean;
  pulls: () => number;
}

function body(source: { start?: (controller: ReadableStreamDefaultController<Uint8Array>) => void; pull?: (controller: ReadableStreamDefaultController<Uint8Array>) => Promise<void> | void }): Body {
  let cancelled = false;
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    start: source.start,
    pull: (controller) => {
      pulls++;
      return source.pull?.(controller);
    },
    cancel: () => {
      cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, cancelled: () => cancelled, pulls: () => pulls };
}

/** Sends `prefix`, then nothing, ever. */
export function hangingBody(prefix = '{"estimatedWaitTimeSeconds": 6'): Body {
  return body({ start: (controller) => controller.enqueue(encoder.encode(prefix)), pull: () => new Promise<void>(() => {}) });
}

/** One space every `everyMs`, forever: always progressing, never done. */
export function drippingBody(everyMs = 20): Body {
  const made: Body = body({
    start: (controller) => controller.enqueue(encoder.encode('{"estimatedWaitTimeSeconds": 60')),
    pull: (controller) => new Promise<void>((resolve) => setTimeout(resolve, everyMs)).then(() => {
      if (!made.cancelled()) controller.enqueue(encoder.encode(' '));
    }),
  });
  return made;
}

/** Chunks of `chunkBytes` spaces, as fast as they are asked for, up to `chunks` of them, then `}`. */
export function endlessBody(chunkBytes = 64 * 1024, chunks = 2000): Body {
  const chunk = encoder.encode(' '.repeat(chunkBytes));
  let sent = 0;
  return body({
    start: (controller) => controller.enqueue(encoder.encode('{"estimatedWaitTimeSeconds": 60')),
    pull: (controller) => {
      if (sent++ < chunks) return controller.enqueue(chunk);
      controller.enqueue(encoder.encode('}'));
      controller.close();
    },
  });
}

/** Sends `prefix`, then the connection breaks. */
export function cutShortBody(prefix: string): Body {
  let sent = false;
  return body({
    pull: (controller) => {
      if (sent) return controller.error(new TypeError('network error'));
      sent = true;
      controller.enqueue(encoder.encode(prefix));
    },
  });
}

/** Resolves 'hung' after `ms`: raced against a request, so a test that would hang fails instead. */
export const hungAfter = (ms: number) => new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), ms));

/** The outcome of `promise`: its value, or what it threw. */
export const settled = <T>(promise: Promise<T>): Promise<T | unknown> => promise.catch((error: unknown) => error);
