/**
 * Before the WordPress tests: Debian's WordPress, Apache, PHP and MariaDB, installed when we can (root
 * with apt-get), or named plainly. The tests start their own servers; nothing here starts a service.
 */
import { spawnSync } from 'node:child_process';
import { missingPackages } from '../test/wordpress/site.mjs';

const missing = missingPackages();
if (missing.length === 0) process.exit(0);

const canInstall = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (canInstall) {
  console.log(`The WordPress tests need Debian packages: installing ${missing.join(' ')}…`);
  const command = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`;
  if (spawnSync('sh', ['-c', command], { stdio: 'inherit' }).status === 0 && missingPackages().length === 0) process.exit(0);
}
console.error(['', 'The WordPress tests need a real WordPress, from Debian\'s packages:', `  sudo apt-get install -y ${missing.join(' ')}`, ''].join('\n'));
process.exit(1);
