import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath } from './scripts/chromium-path.mjs';
import { startSandbox } from './scripts/start-sandbox.mjs';

// The flow tests talk to a real sandbox over HTTP, on another origin than the test page (as in production).
const sandbox = await startSandbox();

export default {
  files: ['test/**/*.test.ts', '!test/sandbox/**'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script>window.__SANDBOX_URL__ = ${JSON.stringify(sandbox.url)};</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  testFramework: { config: { timeout: 10000 } },
};
