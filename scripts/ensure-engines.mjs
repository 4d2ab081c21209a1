/**
 * Before `npm run test:browsers`: Firefox ESR, WebKitGTK's WebDriver with MiniBrowser, and xvfb-run (MiniBrowser
 * has no headless mode). Installs Debian's packages when we can (root with apt-get), or says what to install.
 * Never downloads a browser of its own.
 */
import { existsSync } from 'node:fs';
import { aptInstall, canInstallWithApt } from './apt.mjs';
import { minibrowserPath } from './minibrowser-path.mjs';

// A function: after an install, MiniBrowser is looked for again (its folder is the machine's architecture).
const needed = () => [
  [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr'],
  [process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
  [minibrowserPath(), 'webkit2gtk-driver'],
  ['/usr/bin/xvfb-run', 'xvfb'],
];

const missing = () => [...new Set(needed().filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg))];

let packages = missing();
if (packages.length && canInstallWithApt()) {
  console.log(`Installing Debian's ${packages.join(', ')} for the Firefox and WebKit runs…`);
  aptInstall(packages);
  packages = missing();
}
if (packages.length) {
  console.error(
    [
      '',
      `The Firefox and WebKit runs need ${packages.join(', ')}, not found.`,
      `  Debian/Ubuntu:  sudo apt-get install -y ${packages.join(' ')}`,
      '  Elsewhere:      set FIREFOX_PATH, WEBKIT_DRIVER_PATH and MINIBROWSER_PATH to your builds',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
