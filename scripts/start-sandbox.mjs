/**
 * Starts the sandbox in its own process on a free port and resolves with its URL, for the test runner
 * and the benchmark. The process ends with ours.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function startSandbox(extraArgs = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/sandbox/main.ts', '--port', '0', ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => child.kill();
  process.once('exit', stop);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The sandbox did not start within 20 s:\n${output}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`The sandbox exited (code ${code}) before listening:\n${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1].replace(/\/$/, ''), stop });
      }
    });
  });
}
