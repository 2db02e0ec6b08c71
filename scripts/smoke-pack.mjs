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
writeFileSync(join(dir, 'esm.mjs'), `import * as api from 'lantian';\n${check}\nconsole.log('ESM import ok');\n`);
writeFileSync(join(dir, 'cjs.cjs'), `const api = require('lantian');\n${check}\nconsole.log('CJS require ok');\n`);
for (const file of ['esm.mjs', 'cjs.cjs']) execFileSync(process.execPath, [join(dir, file)], { stdio: 'inherit', cwd: dir });
rmSync(dir, { recursive: true, force: true });
