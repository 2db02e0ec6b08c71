/**
 * Node only (never imported by the core): reads the browser builds of Vega, Vega-Lite and vega-embed from the
 * installed packages, for {@link plotPage} to inline, so that a written page renders with no network.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PlotScripts } from '../plots/plotPage.js';

/** Where each browser build lies, next to the package's main entry (`build/`). */
const BUILDS = Object.freeze({
  vega: { pkg: 'vega', file: 'vega.min.js' },
  vegaLite: { pkg: 'vega-lite', file: 'vega-lite.min.js' },
  vegaEmbed: { pkg: 'vega-embed', file: 'vega-embed.min.js' },
} as const);

/** Resolves a package name to the path of its main entry (Node's `require.resolve`). */
export type ResolvePackage = (name: string) => string;

/**
 * Reads the minified browser builds of Vega, Vega-Lite and vega-embed from the installed packages.
 *
 * @param resolve - How to find a package's main entry; default Node's resolution from lantian's own location.
 * @returns The three library texts, for {@link plotPage}'s `scripts`.
 * @throws {Error} When a package is not installed, with the command that installs it.
 *
 * Usage: `writeFileSync('plots.html', plotPage([aqiCalendarSpec(year)], { title: 'Liuzhou 2019', scripts: loadPlotScripts() }))`.
 */
export function loadPlotScripts(resolve: ResolvePackage = createRequire(import.meta.url).resolve): PlotScripts {
  const read = (key: keyof typeof BUILDS): string => {
    const { pkg, file } = BUILDS[key];
    let entry: string;
    try {
      entry = resolve(pkg);
    } catch (cause) {
      throw new Error(`plots need the '${pkg}' package: npm install vega vega-lite vega-embed`, { cause });
    }
    return readFileSync(join(dirname(entry), file), 'utf8');
  };
  return { vega: read('vega'), vegaLite: read('vegaLite'), vegaEmbed: read('vegaEmbed') };
}
