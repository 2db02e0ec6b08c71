// Supply-chain checks (CI): the runtime dependencies are exactly the allowed ones, with nothing beneath them but
// the few packages named below; the package has no install scripts of its own; the lockfile is present; and
// `npm audit` finds no advisory of high severity or worse in the runtime dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

// The core (src/ but readers and cli): zod and @date-fns/tz. date-fns itself was dropped: lantian's boundary parses
// strings to integer day and hour numbers in a named zone, which date-fns (Date objects in the machine's zone) does
// not do better; see the README. @date-fns/tz stays for IANA offsets. vega, vega-lite and vega-embed are optional
// peer dependencies: the plots are specs, rendering is the app's. decimal.js is a devDependency: the exact decimal
// arithmetic is lantian's own (src/_lib/decimal.ts), tested against decimal.js.
// lantian/readers and the lantian command: papaparse (the CSV parser: RFC 4180 quoting, runs in browsers and Node,
// ESM and CJS, no dependencies, widely used and maintained since 2013) and cli-progress (the command's progress
// bar on stderr, quiet when not a terminal; maintained, used by many CLIs).
const ALLOWED = ['@date-fns/tz', 'cli-progress', 'papaparse', 'zod'];
// What cli-progress brings beneath it (terminal string width): small, long-stable packages of the same maintainers'
// ecosystem (sindresorhus, mathiasbynens); nothing else may come in under a runtime dependency.
const ALLOWED_BENEATH = { 'cli-progress': ['string-width', 'emoji-regex', 'is-fullwidth-code-point', 'strip-ansi', 'ansi-regex'] };
const failures = [];

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const declared = Object.keys(pkg.dependencies ?? {}).sort();
if (JSON.stringify(declared) !== JSON.stringify(ALLOWED)) {
  failures.push(`runtime dependencies are ${declared.join(', ')}; allowed: ${ALLOWED.join(', ')}`);
}
for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']) {
  if (pkg.scripts?.[script] !== undefined) failures.push(`package.json has an install-time script '${script}'`);
}
if (!existsSync('package-lock.json')) failures.push('package-lock.json is missing');

// The installed runtime tree: the allowed packages and nothing beneath them.
const tree = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { encoding: 'utf8' }));
const installed = [];
const walk = (deps, depth, top) => {
  for (const [name, info] of Object.entries(deps ?? {})) {
    installed.push(`${'  '.repeat(depth)}${name}@${info.version}`);
    if (depth > 0 && !(ALLOWED_BENEATH[top] ?? []).includes(name)) failures.push(`runtime dependency ${name} comes in under ${top}`);
    walk(info.dependencies, depth + 1, depth === 0 ? name : top);
  }
};
walk(tree.dependencies, 0, undefined);
console.log(`runtime dependency tree:\n${installed.join('\n')}`);

// npm audit over every installed package (runtime and dev tools: both run in CI): a finding of high or critical
// severity fails; a registry without the audit endpoint is reported, not guessed.
const audit = spawnSync('npm', ['audit', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}
if (report?.metadata?.vulnerabilities) {
  const v = report.metadata.vulnerabilities;
  console.log(`npm audit: ${JSON.stringify(v)}`);
  if ((v.high ?? 0) + (v.critical ?? 0) > 0) failures.push(`npm audit: ${v.high} high and ${v.critical} critical advisories`);
} else {
  const reason = report?.message || report?.error?.summary || `exit code ${audit.status}`;
  console.log(`npm audit could not reach the registry's audit service (${reason}); the dependency allowlist above still holds.`);
}

if (failures.length > 0) {
  console.error(`supply-chain check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('supply-chain check passed');
