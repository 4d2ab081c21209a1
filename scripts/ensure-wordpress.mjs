/**
 * Before the WordPress tests: Debian's WordPress, Apache, PHP and MariaDB, installed when we can (root
 * with apt-get), or named plainly. The tests start their own servers; nothing here starts a service.
 */
import { missingPackages } from '../test/wordpress/site.mjs';
import { aptInstall, canInstallWithApt } from './apt.mjs';

const missing = missingPackages();
if (missing.length === 0) process.exit(0);

if (canInstallWithApt()) {
  console.log(`The WordPress tests need Debian packages: installing ${missing.join(' ')}…`);
  if (aptInstall(missing, { noRecommends: true }) && missingPackages().length === 0) process.exit(0);
}
console.error(['', 'The WordPress tests need a real WordPress, from Debian\'s packages:', `  sudo apt-get install -y ${missing.join(' ')}`, ''].join('\n'));
process.exit(1);
