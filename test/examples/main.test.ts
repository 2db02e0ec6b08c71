/**
 * `npm start` for a newcomer: a summary first, at most 40 lines of at most 100 columns (CJK characters count two),
 * the plots written to an HTML page whose path it prints, and the full report behind `--full`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../examples/_table.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lantian-start-'));
const run = (...args: string[]) =>
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'examples/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start', () => {
  it('prints a summary of at most 40 lines and 100 columns, and writes the plots', () => {
    const page = join(dir, 'plots.html');
    const lines = run('--plot', page).trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(100);
    // the published figures (柳州晚报, 2020-04-17) beside what the release gives
    expect(lines.some((l) => /^PM2\.5 annual mean, µg\/m³ \(standard state\)\s+38\s+38$/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('327 of 365'))).toBe(true);
    expect(lines.at(-1)).toContain(page);
    const html = readFileSync(page, 'utf8');
    expect(html.match(/id="plot-\d"/g)).toHaveLength(5);
  }, 120_000);

  it('adds the full report with --full', () => {
    const page = join(dir, 'full.html');
    const out = run('--full', '--plot', page);
    expect(out.split('\n').length).toBeGreaterThan(150);
    expect(out).toContain('8. 2019 against WHO 2021 and the EU 2030 limit values');
    expect(existsSync(page)).toBe(true);
  }, 120_000);
});

describe('the getting-started cookbook', () => {
  it('runs from a file to a picture, with the figures the guide quotes', () => {
    const out = mkdtempSync(join(tmpdir(), 'lantian-gs-'));
    const text = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'examples/getting-started.ts', out], { cwd: ROOT, encoding: 'utf8' });
    expect(text).toContain('1. 2026 stations, 24 hours from 2025-01-28 00:00');
    expect(text).toContain('3–4. 柳州 2019: 319 good days of 349 valid, 91.4 %');
    expect(readFileSync(join(out, 'aqi-2025-01-28.csv'), 'utf8').split('\n')[0]).toBe('station,date,aqi,level,primaryPollutants\r');
    expect(existsSync(join(out, 'liuzhou-2019.html'))).toBe(true);
    rmSync(out, { recursive: true, force: true });
  }, 120_000);
});
