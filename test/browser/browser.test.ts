/**
 * lantian in a real browser: the library is bundled for the browser with esbuild, served from 127.0.0.1 and run in
 * headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core; playwright never downloads a browser).
 * A computation in the page must equal Node's; every plot spec must render with vega-embed (SVG) with marks drawn
 * and no console error; the screenshots go to docs/images. Run by `npm run test:browser` (CI: .ci/run installs
 * chromium first). Without chromium the tests fail in CI (CI=true) and are skipped locally.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aqiCalendarSpec, assessStations, assessYear, dailyAqi, plotPage, stationFrame } from '../../src/index.js';
import { loadPlotScripts } from '../../src/cli/plotScripts.js';
import { liuzhouPlots } from '../../examples/plots.js';
import { assessLiuzhou2019 } from '../../examples/liuzhou/year2019.js';

/** The page's globals the tests use (the type checker has no DOM library: the core must not use it). */
interface El {
  id: string;
  style: Record<string, string>;
  append(child: El): void;
  querySelectorAll(selector: string): { length: number };
}
interface PageGlobals {
  lantian: typeof import('../../src/index.js');
  vegaEmbed: (el: string, spec: unknown, opts: object) => Promise<unknown>;
  lantianPlots: Promise<unknown>;
  document: { createElement(tag: string): El; body: El };
}

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IMAGES = fileURLToPath(new URL('../../docs/images/', import.meta.url));

if (!HAVE_CHROMIUM && process.env['CI'] === 'true') {
  throw new Error(`the browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run does this)`);
}

/** A synthetic year of daily values, the same in Node and in the page (a deterministic pattern, not random). */
const SYNTHETIC_YEAR_SCRIPT = `(() => {
  const days = (f) => ({ start: '2025-01-01', values: Array.from({ length: 365 }, (_, d) => f(d)) });
  return { daily: {
    so2_24h: days((d) => 8 + (d % 7)),
    no2_24h: days((d) => 20 + (d % 30)),
    co_24h: days((d) => Math.round(6 + 6 * Math.cos(d / 58)) / 10),
    o3_8h: days((d) => 60 + ((d * 37) % 140)),
    pm10_24h: days((d) => 40 + ((d * 53) % 120)),
    pm25_24h: days((d) => (d % 29 === 0 ? null : 20 + ((d * 41) % 130))),
  } };
})()`;
/**
 * Hourly values of 130 stations (three blocks) over 2025 for three pollutants, the same in Node and in the page: a
 * deterministic pattern with missing hours, on SharedArrayBuffers when `shared`.
 */
const FRAME_VALUES_SCRIPT = `((shared) => {
  const hours = 365 * 24, n = 130 * hours, out = {};
  ['no2', 'o3', 'pm25'].forEach((p, k) => {
    const v = new Float64Array(shared ? new SharedArrayBuffer(n * 8) : new ArrayBuffer(n * 8));
    for (let i = 0; i < n; i++) v[i] = (i * (7 + k)) % 53 === 0 ? NaN : 10 + ((i * (31 + k)) % (90 + 40 * k));
    out[p] = v;
  });
  return { start: '2025-01-01 01:00', hours, stations: Array.from({ length: 130 }, (_, i) => 'S' + i), values: out };
})`;

const ROWS = [
  { so2_24h: 10, no2_24h: 40, co_24h: 0.8, o3_8h: 90, pm10_24h: 80, pm25_24h: 62 },
  { so2_24h: 5, no2_24h: 22, co_24h: 1.6, o3_8h: 212, pm10_24h: 35, pm25_24h: 18 },
  { so2_24h: 12, no2_24h: 61, co_24h: 2.1, o3_8h: 40, pm10_24h: 260, pm25_24h: 160 },
];

describe.skipIf(!HAVE_CHROMIUM)('lantian in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base = '';
  const problems: string[] = [];

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('./entry.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const scripts = loadPlotScripts();
    // The workers of assessStationsAsync and stationPool: the worker module bundled as an ES module.
    const worker = await build({
      entryPoints: [fileURLToPath(new URL('../../src/frame/worker.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const files: Record<string, string> = {
      '/lantian.js': bundle.outputFiles[0]?.text ?? '',
      '/frame-worker.js': worker.outputFiles[0]?.text ?? '',
      '/vega.js': scripts.vega,
      '/vega-lite.js': scripts.vegaLite,
      '/vega-embed.js': scripts.vegaEmbed,
      '/': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><body>' + ['lantian', 'vega', 'vega-lite', 'vega-embed'].map((s) => `<script src="/${s}.js"></script>`).join('') + '</body>',
    };
    server = createServer((req, res) => {
      const body = files[req.url ?? ''];
      if (body === undefined) {
        res.writeHead(404).end();
        return;
      }
      // Cross-origin isolated, so that the page has SharedArrayBuffer (the workers read a shared frame in place).
      res
        .writeHead(200, {
          'content-type': req.url === '/' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8',
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        })
        .end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    await page.goto(`${base}/`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('computes the same daily AQI and annual assessment in the page as in Node', async () => {
    const inPage = await page.evaluate(
      ({ rows, year }) => {
        const { dailyAqi: aqi, assessYear: assess } = (globalThis as unknown as PageGlobals).lantian;
        // eslint-disable-next-line no-new-func
        const input = new Function(`return ${year}`)();
        return { rows: rows.map((r) => aqi(r, { edition: 'HJ633-2026' })), year: assess(input, { year: 2025 }) };
      },
      { rows: ROWS, year: SYNTHETIC_YEAR_SCRIPT },
    );
    // eslint-disable-next-line no-new-func
    const input = new Function(`return ${SYNTHETIC_YEAR_SCRIPT}`)();
    expect(inPage.rows).toEqual(JSON.parse(JSON.stringify(ROWS.map((r) => dailyAqi(r, { edition: 'HJ633-2026' })))));
    expect(inPage.rows[0]?.aqi).toBe(102); // HJ 633-2026: PM2.5 62 µg/m³ → IAQI ⌈100 + 50·2/55⌉ = 102
    expect(inPage.year).toEqual(JSON.parse(JSON.stringify(assessYear(input, { year: 2025 }))));
    expect(problems).toEqual([]);
  }, 60_000);

  it('assesses a frame on Web Workers, in a warm pool and started for the call, as on one thread and in Node', async () => {
    const inPage = await page.evaluate(
      async ({ script, workerUrl }) => {
        const l = (globalThis as unknown as PageGlobals).lantian;
        // eslint-disable-next-line no-new-func
        const input = (shared: boolean) => new Function(`return ${script}`)()(shared);
        const plain = (r: Awaited<ReturnType<typeof l.assessStationsAsync>>) => JSON.stringify({ ...r, report: r.stations.map((_, i) => r.report(i)) });
        const shared = l.stationFrame(input(true));
        const copied = l.stationFrame(input(false));
        const one = plain(l.assessStations(shared, { year: 2025 }));
        const pool = await l.stationPool({ threads: 3, workerUrl });
        const pooled = plain(await l.assessStationsAsync(shared, { year: 2025, pool }));
        const pooledCopies = plain(await l.assessStationsAsync(copied, { year: 2025, pool }));
        await pool.close();
        const started = plain(await l.assessStationsAsync(shared, { year: 2025, threads: 2, workerUrl }));
        return {
          isolated: (globalThis as unknown as { crossOriginIsolated: boolean }).crossOriginIsolated,
          same: [pooled === one, pooledCopies === one, started === one],
          report: l.assessStations(shared, { year: 2025 }).report(77),
        };
      },
      { script: FRAME_VALUES_SCRIPT, workerUrl: `${base}/frame-worker.js` },
    );
    expect(inPage.isolated).toBe(true);
    expect(inPage.same).toEqual([true, true, true]);
    // eslint-disable-next-line no-new-func
    const frame = stationFrame(new Function(`return ${FRAME_VALUES_SCRIPT}`)()(false));
    expect(inPage.report).toEqual(JSON.parse(JSON.stringify(assessStations(frame, { year: 2025 }).report(77))));
    expect(problems).toEqual([]);
  }, 120_000);

  /** Renders a spec with vega-embed (SVG) into a new element; returns the counts of drawn marks. */
  async function render(id: string, spec: unknown): Promise<{ rects: number; paths: number; texts: number }> {
    return page.evaluate(
      async ({ id, spec }) => {
        const div = (globalThis as unknown as PageGlobals).document.createElement('div');
        div.id = id;
        div.style.display = 'inline-block';
        div.style.padding = '8px';
        div.style.background = 'white';
        (globalThis as unknown as PageGlobals).document.body.append(div);
        const embed = (globalThis as unknown as PageGlobals).vegaEmbed;
        await embed(`#${id}`, spec, { renderer: 'svg', actions: false });
        const marks = (sel: string) => div.querySelectorAll(`svg g.mark-${sel}.role-mark ${sel === 'text' ? 'text' : 'path'}`).length;
        return { rects: marks('rect'), paths: div.querySelectorAll('svg path').length, texts: marks('text') };
      },
      { id, spec },
    );
  }

  it('renders every plot spec of the Liuzhou example with marks drawn and no console error', async () => {
    const plots = liuzhouPlots(assessLiuzhou2019());
    const counts: Record<string, { rects: number; paths: number; texts: number }> = {};
    for (const [name, spec] of Object.entries(plots)) {
      counts[name] = await render(`plot-${name}`, spec);
      expect(problems, name).toEqual([]);
      await page.locator(`#plot-${name}`).screenshot({ path: `${IMAGES}${name}.png` });
    }
    expect(problems).toEqual([]);
    // the calendar: one square per day of 2019 and the day numbers
    expect(counts['calendar']?.rects).toBe(365);
    expect(counts['calendar']?.texts).toBe(365);
    // the annual items: ten bars, ten labels
    expect(counts['items']?.rects).toBe(10);
    expect(counts['items']?.texts).toBe(10);
    for (const name of ['trend', 'inventory', 'stations']) expect(counts[name]?.paths, name).toBeGreaterThan(5);
    expect(counts['stations']?.rects).toBeGreaterThan(0);
  }, 120_000);

  it('builds a spec in the page and renders it there', async () => {
    const n = await page.evaluate(async (yearScript) => {
      const { aqiCalendarSpec: calendar, assessYear: assess } = (globalThis as unknown as PageGlobals).lantian;
      // eslint-disable-next-line no-new-func
      const spec = calendar(assess(new Function(`return ${yearScript}`)(), { year: 2025 }));
      const div = (globalThis as unknown as PageGlobals).document.createElement('div');
      div.id = 'in-page';
      (globalThis as unknown as PageGlobals).document.body.append(div);
      await (globalThis as unknown as PageGlobals).vegaEmbed('#in-page', spec, { renderer: 'svg', actions: false });
      return div.querySelectorAll('svg g.mark-rect.role-mark path').length;
    }, SYNTHETIC_YEAR_SCRIPT);
    expect(n).toBe(365);
    expect(problems).toEqual([]);
    // and the spec equals Node's
    // eslint-disable-next-line no-new-func
    expect(aqiCalendarSpec(assessYear(new Function(`return ${SYNTHETIC_YEAR_SCRIPT}`)(), { year: 2025 })).data.values).toHaveLength(365);
  }, 60_000);

  it("draws plotPage's self-contained page with no network", async () => {
    const plots = liuzhouPlots(assessLiuzhou2019());
    const html = plotPage(Object.values(plots), { title: 'lantian', scripts: loadPlotScripts() });
    const other = await browser.newPage();
    const errors: string[] = [];
    other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    other.on('pageerror', (e) => errors.push(e.message));
    await other.route('**/*', (route) => {
      errors.push(`network request: ${route.request().url()}`);
      return route.abort();
    });
    await other.setContent(html);
    await other.evaluate(() => (globalThis as unknown as PageGlobals).lantianPlots.then(() => true));
    expect(await other.locator('div.plot svg').count()).toBe(5);
    expect(errors).toEqual([]);
    await other.close();
    expect(readFileSync(`${IMAGES}calendar.png`).length).toBeGreaterThan(1000);
  }, 120_000);
});
