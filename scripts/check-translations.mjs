/**
 * Fails when a patient-visible string has no Spanish: extracts the messages from src/ afresh (into a
 * temporary folder, so the committed xliff is untouched) and checks that each has a <target> in
 * xliff/es.xlf, and that src/i18n/locales/ is what `lit-localize build` makes of the committed
 * xliff (a target changed without a rebuild would otherwise ship the old wording).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'lit-localize-check-'));

const unitIds = (xliff) => [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({ id, body }));

try {
  const scratchConfig = join(scratch, 'lit-localize.json');
  // Paths in a config are relative to its own folder: make them absolute for the scratch copy.
  const fromRoot = (path) => join(root, path);
  writeFileSync(
    scratchConfig,
    JSON.stringify({
      ...config,
      tsConfig: fromRoot(config.tsConfig),
      inputFiles: config.inputFiles.map(fromRoot),
      output: { ...config.output, outputDir: join(scratch, 'out'), localeCodesModule: join(scratch, 'out/locale-codes.ts') },
      interchange: { ...config.interchange, xliffDir: scratch },
    }),
  );
  const runLitLocalize = (command, configFile) =>
    execFileSync(join(root, 'node_modules/.bin/lit-localize'), [command, '--config', configFile], { cwd: root, stdio: 'pipe' });
  runLitLocalize('extract', scratchConfig);
  const buildConfig = join(scratch, 'lit-localize.build.json');
  writeFileSync(
    buildConfig,
    JSON.stringify({
      ...JSON.parse(readFileSync(scratchConfig, 'utf8')),
      interchange: { ...config.interchange, xliffDir: fromRoot(config.interchange.xliffDir) },
    }),
  );
  runLitLocalize('build', buildConfig);

  const problems = [];
  for (const locale of config.targetLocales) {
    const fresh = unitIds(readFileSync(join(scratch, `${locale}.xlf`), 'utf8'));
    const committed = new Map(unitIds(readFileSync(join(root, config.interchange.xliffDir, `${locale}.xlf`), 'utf8')).map((u) => [u.id, u.body]));
    const generated = readFileSync(join(root, config.output.outputDir, `${locale}.ts`), 'utf8');
    for (const { id, body } of fresh) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? id;
      const target = /<target>([\s\S]*?)<\/target>/.exec(committed.get(id) ?? '')?.[1]?.trim();
      if (!target) problems.push(`${locale}: no translation for "${source}" (${id})`);
      else if (!generated.includes(`'${id}':`)) problems.push(`${locale}: ${id} is translated but not built into ${locale}.ts`);
    }
    if (readFileSync(join(scratch, 'out', `${locale}.ts`), 'utf8') !== generated) {
      problems.push(`${locale}: ${config.output.outputDir}/${locale}.ts is not what xliff/${locale}.xlf builds to`);
    }
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error('\nRun `npm run localize:extract`, add the <target>s in xliff/, then `npm run localize:build`.');
    process.exit(1);
  }
  console.log(`translations: every message has a target in ${config.targetLocales.join(', ')}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
