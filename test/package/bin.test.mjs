/**
 * The sandbox as the package ships it: `npm pack` this repository, install the tarball into a fresh
 * project, and run `npx dexcare-sandbox` there: compiled JavaScript, Node built-ins only, serving the
 * API, the widget from the package's own dist/ and the builder at /builder, whatever the working directory.
 *
 * Packs what is built (`npm pack --ignore-scripts`: prepack would run the full build): needs dist/, lib/
 * and custom-elements.json (`npm run build`) and sandbox/ (`npm run build:sandbox`, which `npm run build`
 * runs too). Run: npm run test:package (builds sandbox/ first), or node --test test/package/
 * The tarball's dependencies (lit and the rest) come from npm's cache; from the registry only when it lacks them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { userEnv } from './user-env.mjs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const ACME_PRACTICE_ID = '0cee700e-f4c1-4459-b390-263e4ded436c';
const BIN = 'sandbox/demo/sandbox/main.js';
const NEEDED = [
  ['dist/dexcare-virtual-visit.js', 'npm run build'],
  ['lib/index.js', 'npm run build'],
  ['custom-elements.json', 'npm run build'],
  [BIN, 'npm run build:sandbox'],
];

let temp;
let project;
let packed;
const env = userEnv();

function npx(args, options = {}) {
  return spawn('npx', ['dexcare-sandbox', ...args], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

async function finished(child) {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'exit');
  return { code, stdout, stderr };
}

before(async () => {
  const missing = NEEDED.filter(([file]) => !existsSync(join(root, file)));
  if (missing.length) throw new Error(`Missing ${missing.map(([file, how]) => `${file} (${how})`).join(', ')}: build first.`);
  temp = await mkdtemp(join(tmpdir(), 'dexcare-package-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], { cwd: root, env, maxBuffer: 64 << 20 });
  [packed] = JSON.parse(stdout);
  project = join(temp, 'project');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'sandbox-bin-check', version: '1.0.0', private: true }));
  // From npm's cache (where `npm ci` left lit and the rest); the registry only when the cache lacks them.
  const install = (mode) => run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', mode, join(temp, packed.filename)], { cwd: project, env });
  await install('--offline').catch(() => install('--prefer-offline'));
});

after(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the compiled sandbox and what the builder and the demo pages need, not the sources', () => {
    const files = packed.files.map((file) => file.path);
    for (const file of [BIN, 'dist/dexcare-virtual-visit.js', 'demo/builder.html', 'demo/builder.js', 'demo/builder-snippets.js', 'demo/builder.css', 'demo/index.html', 'demo/demo.js']) {
      assert.ok(files.includes(file), `${file} is in the tarball`);
    }
    // The examples the README links to are documentation, shipped as they are.
    const sources = files.filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !file.startsWith('examples/'));
    assert.deepEqual(sources, [], 'no TypeScript sources');
    assert.deepEqual(files.filter((file) => file.startsWith('demo/sandbox/') || file.startsWith('test/')), [], 'no sandbox sources or tests');
  });

  it('installs without devDependencies, and the sandbox imports only Node built-ins and its own files', async () => {
    const modules = join(project, 'node_modules');
    for (const dev of ['tsx', 'typescript', 'esbuild']) assert.ok(!existsSync(join(modules, dev)), `${dev} is not installed`);
    const installed = join(modules, '@dexcare', 'virtual-visit');
    const compiled = join(installed, 'sandbox');
    const specifiers = [];
    for (const entry of await readdir(compiled, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
      const file = join(entry.parentPath, entry.name);
      const text = await readFile(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g)) {
        if (specifier.startsWith('node:')) continue;
        assert.ok(specifier.startsWith('.'), `${relative(installed, file)} imports ${specifier}`);
        specifiers.push(specifier);
      }
      assert.doesNotMatch(text, /\bimport\s*\(/, `${relative(installed, file)} has no dynamic import`);
    }
    assert.ok(specifiers.length > 0);
    assert.match(await readFile(join(installed, BIN), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });
});

describe('npx dexcare-sandbox', () => {
  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await finished(npx(['--help']));
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: dexcare-sandbox \[--port 8000\]/);
  });

  it('a bad flag: one line on stderr, exit 2', async () => {
    for (const args of [['--port', 'eighty'], ['--no-such-flag']]) {
      const { code, stdout, stderr } = await finished(npx(args));
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^dexcare sandbox: [^\n]+\n$/);
    }
  });

  it('serves the API, the widget from the package\'s own dist/ and the builder, from another working directory', async () => {
    // Its own process group, so that stopping npx stops the node it started too.
    const child = npx(['--port', '0'], { detached: true });
    const exited = finished(child);
    try {
      const line = await new Promise((resolve, reject) => {
        let stdout = '';
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
          if (stdout.includes('\n')) resolve(stdout.split('\n')[0]);
        });
        exited.then(({ code, stderr }) => reject(new Error(`exited ${code}: ${stderr}`)));
      });
      const url = /^DexCare sandbox listening on (http:\/\/localhost:\d+)$/.exec(line)?.[1];
      assert.ok(url, line);

      const practice = await fetch(`${url}/api/8/DexCare/practices/${ACME_PRACTICE_ID}`);
      assert.equal(practice.status, 200);
      const body = await practice.json();
      assert.equal(body.id, ACME_PRACTICE_ID);
      assert.equal(body.displayName, 'Acme');

      const bundle = await fetch(`${url}/dist/dexcare-virtual-visit.js`);
      assert.equal(bundle.status, 200);
      assert.match(bundle.headers.get('content-type') ?? '', /^text\/javascript/);
      const shipped = await readFile(join(project, 'node_modules', '@dexcare', 'virtual-visit', 'dist', 'dexcare-virtual-visit.js'));
      assert.ok(Buffer.from(await bundle.arrayBuffer()).equals(shipped), 'the installed package\'s bundle');

      const builder = await fetch(`${url}/builder`);
      assert.equal(builder.status, 200);
      assert.match(await builder.text(), /\/demo\/builder\.js/);
      for (const path of ['/demo/builder.js', '/demo/builder-snippets.js', '/demo/builder.css']) {
        const response = await fetch(url + path);
        assert.equal(response.status, 200, path);
        await response.arrayBuffer();
      }
    } finally {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited.catch(() => undefined);
    }
  });
});
