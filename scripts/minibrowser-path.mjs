import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver), whatever the machine's multiarch folder: MINIBROWSER_PATH, else /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser. */
export function minibrowserPath() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const found = readdirSync('/usr/lib').map((arch) => join('/usr/lib', arch, 'webkit2gtk-4.1', 'MiniBrowser')).find((path) => existsSync(path));
  return found ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}
