/**
 * Before the browser tests: find Chromium, or install Debian's package when we can (root with apt-get),
 * or say plainly what to install. Never downloads a browser of its own.
 */
import { aptInstall, canInstallWithApt } from './apt.mjs';
import { findChromium } from './chromium-path.mjs';

if (findChromium()) process.exit(0);

if (canInstallWithApt()) {
  console.log('Chromium is not installed: installing Debian\'s "chromium" package for the browser tests…');
  if (aptInstall(['chromium']) && findChromium()) process.exit(0);
}

console.error(
  [
    '',
    'The browser tests need Chromium, and none was found.',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  Elsewhere:      install Chromium or Chrome, then set CHROMIUM_PATH=/path/to/chromium',
    '',
  ].join('\n'),
);
process.exit(1);
