/** Debian's packages for the test suites, installed only when we can: as root, with apt-get. */
import { spawnSync } from 'node:child_process';

export function canInstallWithApt() {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** `apt-get install` of `packages`, its output shown; true when apt-get succeeded. */
export function aptInstall(packages, { noRecommends = false } = {}) {
  const flags = noRecommends ? ' --no-install-recommends' : '';
  const command = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq${flags} ${packages.join(' ')}`;
  return spawnSync('sh', ['-c', command], { stdio: 'inherit' }).status === 0;
}
