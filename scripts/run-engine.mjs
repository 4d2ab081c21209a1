#!/usr/bin/env node
/**
 * `npm run test:firefox` / `test:webkit`: the browser suite in one engine (web-test-runner.browsers.config.mjs).
 * A run that ends without web-test-runner's final "Finished running tests" line died in the harness, not in a
 * test (seen once in WebKit: the runner exited 1 mid-suite with no error and no failed test, and passed on the
 * next run); that run is started once more and says so. A run that reports failed tests is never repeated.
 *   node scripts/run-engine.mjs firefox|webkit [wtr arguments…]
 */
import { spawn } from 'node:child_process';

const [engine, ...args] = process.argv.slice(2);
if (engine !== 'firefox' && engine !== 'webkit') {
  console.error('usage: node scripts/run-engine.mjs firefox|webkit [wtr arguments…]');
  process.exit(2);
}
const wtr = ['wtr', '--config', 'web-test-runner.browsers.config.mjs', ...args];
// MiniBrowser has no headless mode: WebKit runs in a virtual display.
const [command, ...commandArgs] = engine === 'webkit' ? ['xvfb-run', '-a', 'npx', ...wtr] : ['npx', ...wtr];

function run() {
  return new Promise((resolve) => {
    let finished = false;
    const child = spawn(command, commandArgs, { env: { ...process.env, WTR_ENGINE: engine }, stdio: ['inherit', 'pipe', 'pipe'] });
    const relay = (stream, out) => stream.on('data', (chunk) => {
      if (chunk.includes('Finished running tests')) finished = true;
      out.write(chunk);
    });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, finished }));
  });
}

let result = await run();
if (result.code !== 0 && !result.finished) {
  console.log(`\nThe ${engine} run ended without a result (${result.signal ?? `exit ${result.code}`}), in the harness rather than a test: running it once more.\n`);
  result = await run();
}
process.exit(result.code);
