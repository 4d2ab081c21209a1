#!/usr/bin/env node
/**
 * CLI: `node --import tsx demo/sandbox/main.ts [--port N] [--host localhost] [--demo] [--latency MS] [--dist-latency MS] [--verbose]`
 * in the repository; compiled (`npm run build:sandbox`, to sandbox/demo/sandbox/main.js) it is the
 * package's bin `dexcare-sandbox`, with the same flags.
 * Prints exactly one line once listening: `DexCare sandbox listening on http://localhost:PORT`.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './server.js';

function fail(message: string): never {
  console.error(`dexcare sandbox: ${message}`);
  process.exit(2);
}

function wholeNumber(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max) fail(`--${name} must be a whole number from 0 to ${max}`);
  return Number(value);
}

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      demo: { type: 'boolean' },
      latency: { type: 'string' },
      'dist-latency': { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

if (args.help) {
  const command = import.meta.url.endsWith('.ts') ? 'node --import tsx demo/sandbox/main.ts' : 'dexcare-sandbox';
  console.log(
    [
      `Usage: ${command} [--port 8000] [--host localhost] [--demo] [--latency MS] [--dist-latency MS] [--verbose]`,
      '',
      'A stateful fake of DexCare\'s v8 Virtual Visits API, with the snippet builder at /builder.',
      '  --port N            port to listen on (0: any free port; default 8000)',
      '  --host NAME         interface to listen on (default localhost)',
      '  --demo              also serve the demo page at / (and its files under /demo/)',
      '  --latency MS        delay every API answer',
      '  --dist-latency MS   delay every /dist/ file (a CDN\'s round trip)',
      '  --verbose           one line per request',
      '  -h, --help          this help',
    ].join('\n'),
  );
  process.exit(0);
}

try {
  const sandbox = await startSandbox({
    port: wholeNumber('port', args.port, 8000, 65535),
    host: args.host ?? 'localhost',
    demo: args.demo ?? false,
    latencyMs: wholeNumber('latency', args.latency, 0, 120_000),
    distLatencyMs: wholeNumber('dist-latency', args['dist-latency'], 0, 120_000),
    verbose: args.verbose ?? false,
  });
  console.log(`DexCare sandbox listening on ${sandbox.url}`);
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
