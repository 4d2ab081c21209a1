/**
 * The page's viewport in every engine: Puppeteer sets it (Chromium over CDP, Firefox over BiDi); under the
 * webdriver launcher (WebKit) web-test-runner.browsers.config.mjs resizes the window to the size asked for.
 */
import { executeServerCommand, setViewport as setPuppeteerViewport } from '@web/test-runner-commands';
import { engine } from './engine.js';

export async function setViewport(size: { width: number; height: number }): Promise<void> {
  if (engine === 'webkit') await executeServerCommand('webdriver-set-viewport', size);
  else await setPuppeteerViewport(size);
}
