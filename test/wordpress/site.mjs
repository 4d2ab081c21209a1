/**
 * A real WordPress for the plugin's tests, from Debian's packages (wordpress, apache2, php,
 * mariadb-server): its own MariaDB (a fresh data directory on a socket) and its own Apache (a
 * foreground process on a free port of localhost), so nothing of the machine's is touched but one
 * config file in /etc/wordpress (Debian's WordPress reads its config only there), removed at close.
 * Offline: WP_HTTP_BLOCK_EXTERNAL. Authors may not post unfiltered HTML: DISALLOW_UNFILTERED_HTML.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const NEEDS = [
  ['/usr/share/wordpress/wp-load.php', 'wordpress'],
  ['/usr/share/wordpress/wp-content/themes/twentytwentythree', 'wordpress-theme-twentytwentythree'],
  ['/usr/sbin/apache2', 'apache2'],
  ['/usr/lib/apache2/modules/libphp8.2.so', 'libapache2-mod-php'],
  ['/usr/sbin/mariadbd', 'mariadb-server'],
  ['/usr/bin/php', 'php-cli'],
  ['/etc/php/8.2/mods-available/mysqli.ini', 'php-mysql'],
];

/** The Debian packages missing for these tests, or [] when all are there. */
export function missingPackages() {
  return NEEDS.filter(([path]) => !existsSync(path)).map(([, name]) => name);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function waitFor(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`WordPress test site: ${what} did not come up in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function apacheConfig({ dir, port, configName }) {
  const modules = '/usr/lib/apache2/modules';
  return `
Listen 127.0.0.1:${port}
ServerName localhost
PidFile ${dir}/apache.pid
ErrorLog ${dir}/apache-error.log
Mutex file:${dir} default
User www-data
Group www-data
StartServers 2
MaxRequestWorkers 12
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule alias_module ${modules}/mod_alias.so
LoadModule env_module ${modules}/mod_env.so
LoadModule php_module ${modules}/libphp8.2.so
TypesConfig /etc/mime.types
DirectoryIndex index.php
DocumentRoot /usr/share/wordpress
Alias /wp-content ${dir}/wp-content
SetEnv WORDPRESS_CONFIG ${configName}
<Directory />
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${dir}/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`;
}

function wordpressConfig({ dir, url, dbPassword }) {
  return `<?php
// Written by test/wordpress/site.mjs for one test run; removed when it ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${dbPassword}');
define('DB_HOST', 'localhost:${dir}/mysqld.sock');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${dir}/wp-content');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISALLOW_UNFILTERED_HTML', true);
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${dir}/debug.log');
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].map((name) => `define('${name}_KEY', '${randomBytes(24).toString('hex')}');\ndefine('${name}_SALT', '${randomBytes(24).toString('hex')}');`).join('\n')}
`;
}

/**
 * Starts MariaDB and Apache, installs WordPress (theme `theme`), and returns the site:
 * `{ url, dir, adminPassword, author, authorAppPassword, version, close }`.
 */
export async function startWordPress({ theme = 'twentytwentythree' } = {}) {
  const missing = missingPackages();
  if (missing.length) throw new Error(`The WordPress tests need Debian packages: apt-get install -y ${missing.join(' ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'dexcare-wp-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const configName = `dexcare-test-${port}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const dbPassword = randomBytes(12).toString('hex');
  const adminPassword = randomBytes(12).toString('hex');
  const processes = [];
  // Detached (their own process group, or Apache's shutdown signals reach us): so end them if we die.
  const killAll = () => processes.forEach((child) => child.kill('SIGKILL'));
  process.once('exit', killAll);

  const close = async () => {
    for (const child of processes.reverse()) {
      child.kill('SIGTERM');
      if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
    }
    process.off('exit', killAll);
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db']);
    const mariadb = spawn('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${dir}/db`, `--socket=${dir}/mysqld.sock`, '--skip-networking', '--user=root', `--pid-file=${dir}/mysqld.pid`], { stdio: 'ignore', detached: true });
    processes.push(mariadb);
    const sql = (statement) => run('mariadb', ['--no-defaults', `--socket=${dir}/mysqld.sock`, '-uroot', '-e', statement]);
    await waitFor(() => sql('SELECT 1').then(() => true), 'MariaDB');
    await sql(`CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${dbPassword}'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`);

    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(`${dir}/wp-content/${sub}`, { recursive: true });
    symlinkSync(`/usr/share/wordpress/wp-content/themes/${theme}`, `${dir}/wp-content/themes/${theme}`);
    // The plugin uploader runs as Apache's user: it unpacks into wp-content.
    await run('chown', ['-R', 'www-data:www-data', `${dir}/wp-content`]);
    mkdirSync('/etc/wordpress', { recursive: true });
    writeFileSync(configFile, wordpressConfig({ dir, url, dbPassword }), { mode: 0o644 });
    writeFileSync(`${dir}/httpd.conf`, apacheConfig({ dir, port, configName }));

    const apache = spawn('/usr/sbin/apache2', ['-f', `${dir}/httpd.conf`, '-DFOREGROUND'], { stdio: 'inherit', detached: true });
    processes.push(apache);
    const { stdout } = await run('php', [new URL('install.php', import.meta.url).pathname], {
      env: { ...process.env, DEXCARE_WP_CONFIG: configName, DEXCARE_WP_HOST: `localhost:${port}`, DEXCARE_WP_ADMIN_PASSWORD: adminPassword, DEXCARE_WP_THEME: theme },
    });
    await run('chown', ['-R', 'www-data:www-data', `${dir}/wp-content`]);
    await waitFor(async () => (await fetch(`${url}/`)).ok, 'Apache');
    return { url, dir, adminPassword, ...JSON.parse(stdout), close };
  } catch (error) {
    await close();
    throw error;
  }
}
