import { delimiter, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The environment of a user's shell: none of the npm_* variables of the `npm run` that started us, and
 * no node_modules/.bin of this repository on the PATH (so nothing of its devDependencies, tsx included).
 * For the tests that install the packed package and run it as an integrator would.
 */
export function userEnv() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.startsWith(root) && !entry.includes(`${sep}node_modules${sep}`))
    .join(delimiter);
  return env;
}
