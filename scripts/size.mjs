// Size in the browser: bundles small apps that import the BUILT package (dist, through its package.json exports) as
// a browser app would — esbuild, --bundle --minify --format=esm --platform=browser — gzips each bundle (level 9)
// and checks it against its budget; the AQI functions' bundles must also hold no zod (their modules import no schema)
// and no decimal.js. Prints the table; exits 1 when a budget is exceeded or a forbidden package is bundled. Run
// `npm run build` first. `--metafile` adds each bundle's largest inputs, to see what a budget pays for.
import { build } from 'esbuild';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The budgets, gzipped KB (1 KB = 1024 bytes): what an app pays that imports these names; `forbid`: packages that
 * must not be in the bundle at all.
 */
export const BUDGETS = [
  { name: 'iaqi', code: `import { iaqi } from 'lantian';\nconsole.log(iaqi('pm25_24h', 80));`, kb: 15, forbid: ['zod', 'decimal.js'] },
  {
    name: 'dailyAqi + aqiCategory',
    code: `import { dailyAqi, aqiCategory } from 'lantian';\nconsole.log(dailyAqi({ pm25_24h: 80 }), aqiCategory(120));`,
    kb: 20,
    forbid: ['zod', 'decimal.js'],
  },
  { name: 'everything (import *)', code: `import * as lantian from 'lantian';\nconsole.log(lantian);`, kb: 80, forbid: [] },
];

/** The npm packages among a bundle's inputs (`node_modules/<name>/…`, scoped names whole). */
function packagesOf(inputs) {
  const names = new Set();
  for (const { file } of inputs) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (m) names.add(m[1]);
  }
  return [...names].sort();
}

/** Bundles `code` as an app beside the package would, resolving `lantian` to the built package at `root`. */
export async function measure(code, packageRoot = root) {
  // The app resolves 'lantian' through node_modules, as an installed package: a link to the package root.
  const app = join(packageRoot, '.size');
  rmSync(app, { recursive: true, force: true });
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(packageRoot, join(app, 'node_modules', 'lantian'), 'dir');
  try {
    const result = await build({
      stdin: { contents: code, resolveDir: app, sourcefile: 'app.js', loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
      nodePaths: [join(packageRoot, 'node_modules')],
    });
    const bytes = result.outputFiles[0].contents;
    const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)
      .map(([file, { bytesInOutput }]) => ({ file: relative(app, join(app, file)), bytes: bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes);
    return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length, inputs };
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}

const kb = (n) => (n / 1024).toFixed(1);

async function main() {
  if (!existsSync(join(root, 'dist', 'esm', 'index.js'))) {
    console.error('check:size: dist/esm/index.js is missing; run `npm run build` first.');
    process.exit(1);
  }
  const showInputs = process.argv.includes('--metafile');
  const rows = [];
  for (const budget of BUDGETS) {
    const m = await measure(budget.code);
    const bundled = packagesOf(m.inputs).filter((p) => budget.forbid.includes(p));
    rows.push({ ...budget, ...m, bundled, ok: m.gzipped <= budget.kb * 1024 && bundled.length === 0 });
    if (showInputs) {
      console.log(`\n${budget.name}: largest inputs (minified bytes)`);
      for (const input of m.inputs.slice(0, 12)) console.log(`  ${String(input.bytes).padStart(8)}  ${input.file}`);
    }
  }
  const header = ['entry', 'minified KB', 'gzipped KB', 'budget KB', 'must not bundle', ''];
  const verdict = (r) => (r.gzipped > r.kb * 1024 ? 'OVER BUDGET' : r.bundled.length > 0 ? `BUNDLES ${r.bundled.join(', ')}` : 'ok');
  const lines = rows.map((r) => [r.name, kb(r.minified), kb(r.gzipped), String(r.kb), r.forbid.join(', ') || '-', verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  console.log('\nSize in the browser (esbuild --bundle --minify --format=esm --platform=browser, gzip -9)');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  const over = rows.filter((r) => !r.ok);
  if (over.length > 0) {
    const why = (r) =>
      r.gzipped > r.kb * 1024
        ? `${r.name} is ${kb(r.gzipped)} KB gzipped, budget ${r.kb} KB`
        : `${r.name} bundles ${r.bundled.join(', ')} (a module on its path imports a schema or decimal.js)`;
    console.error(`\ncheck:size failed: ${over.map(why).join('; ')}.`);
    process.exit(1);
  }
  console.log('\nAll size budgets met.');
}

await main();
