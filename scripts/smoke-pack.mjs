// Smoke test of the packed package: packs it, unpacks the tarball under .smoke/node_modules/lantian and imports
// it from ESM and from CJS, as a user's project would. Dependencies resolve from the project's node_modules.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const dir = join(root, '.smoke');
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'node_modules', 'lantian'), { recursive: true });
const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' }));
execFileSync('tar', ['-xzf', join(dir, filename), '-C', join(dir, 'node_modules', 'lantian'), '--strip-components=1']);

const check = `if (api.iaqi('co_24h', 2.2) !== 55) throw new Error('iaqi');
if (api.dailyAqi({ pm25_24h: 75 }, { edition: 'HJ633-2012' }).aqi !== 100) throw new Error('dailyAqi');
try { api.iaqi('pm25_24h', -1); throw new Error('no throw'); } catch (e) { if (e.name !== 'LantianError' || !(e instanceof api.LantianError)) throw e; }`;
// lantian/readers: a daily file read from text.
const readersCheck = `const frame = readers.readCnemcDaily('date,hour,type,1001A\\n20250128,1,PM2.5,30\\n');
if (frame.start !== '2025-01-28 01:00' || frame.values.pm25[0] !== 30) throw new Error('readCnemcDaily');`;
writeFileSync(join(dir, 'esm.mjs'), `import * as api from 'lantian';\nimport * as readers from 'lantian/readers';\n${check}\n${readersCheck}\nconsole.log('ESM import ok');\n`);
writeFileSync(join(dir, 'cjs.cjs'), `const api = require('lantian');\nconst readers = require('lantian/readers');\n${check}\n${readersCheck}\nconsole.log('CJS require ok');\n`);
for (const file of ['esm.mjs', 'cjs.cjs']) execFileSync(process.execPath, [join(dir, file)], { stdio: 'inherit', cwd: dir });
// The \`lantian\` command of the package's bin.
const cli = execFileSync(process.execPath, [join(dir, 'node_modules', 'lantian', 'dist', 'cli.js'), 'aqi', 'pm25_24h=75', '--edition', 'HJ633-2012', '--json'], { encoding: 'utf8', cwd: dir });
if (JSON.parse(cli).aqi !== 100) throw new Error('lantian aqi');
console.log('CLI ok');
rmSync(dir, { recursive: true, force: true });
