import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The system Chromium the tests and the benchmark drive (CHROMIUM_PATH overrides); null when none is installed. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Like findChromium, but a clear error instead of null. */
export function chromiumPath() {
  const path = findChromium();
  if (!path) {
    throw new Error('No Chromium found. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.');
  }
  return path;
}
