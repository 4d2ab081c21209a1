import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { ACME_PRACTICE_ID } from '../../demo/sandbox/seed.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/sandbox/main.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const firstLine = new Promise<string>((resolve, reject) => {
    const check = () => {
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n')) resolve(line!);
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  firstLine.catch(() => undefined); // A test that expects the exit does not wait for the line.
  return { child, firstLine, output: () => ({ stdout, stderr }) };
}

describe('CLI', () => {
  it('prints one line with the URL, serves, and stops cleanly on SIGTERM', async () => {
    const { child, firstLine, output } = run(['--port', '0', '--host', 'localhost']);
    const line = await firstLine;
    const match = /^DexCare sandbox listening on (http:\/\/localhost:(\d+))$/.exec(line);
    assert.ok(match, line);
    const response = await fetch(`${match[1]}/api/8/DexCare/practices/${ACME_PRACTICE_ID}`);
    assert.equal(response.status, 200);
    await response.arrayBuffer();
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0);
    assert.equal(output().stdout.trim(), line, 'nothing else on stdout');
  });

  it('refuses bad options', async () => {
    const { child } = run(['--port', 'eighty']);
    const [code] = await once(child, 'exit');
    assert.equal(code, 2);
  });
});
