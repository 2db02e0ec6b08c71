import { LantianError } from '../errors.js';
import { describe, isRecord, readOptions, requireRecord } from '../_lib/validate.js';
import { readTitle, requireArray } from './_spec.js';

/** The library texts a page inlines, so that it renders without a network: the browser builds of Vega, Vega-Lite and vega-embed. */
export interface PlotScripts {
  /** The text of `vega/build/vega.min.js`. */
  readonly vega: string;
  /** The text of `vega-lite/build/vega-lite.min.js`. */
  readonly vegaLite: string;
  /** The text of `vega-embed/build/vega-embed.min.js`. */
  readonly vegaEmbed: string;
}

/** Options of {@link plotPage}. */
export interface PlotPageOptions {
  /** The page's title and heading; default `'lantian plots'`. */
  readonly title?: string;
  /** The library texts to inline (required): in Node, `loadPlotScripts()` of lantian's CLI reads them from the installed packages. */
  readonly scripts: PlotScripts;
}

const SCRIPT_KEYS = ['vega', 'vegaLite', 'vegaEmbed'] as const;

/** Escapes text for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Makes a script's text safe inside `<script>…</script>`: no closing tag, no HTML comment opener. */
function inlineScript(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * A self-contained HTML page that draws Vega-Lite specifications: the library texts are inlined, the specs are
 * embedded as JSON, and each is rendered as SVG by vega-embed into its own section — no network, no files
 * beside it. The page is built as a string (the core does no I/O); write it where you like.
 *
 * @param specs - Vega-Lite specifications (objects with a `$schema`), e.g. from {@link aqiCalendarSpec}.
 * @param options - `scripts` (the Vega, Vega-Lite and vega-embed texts) and `title`.
 * @returns The HTML text of the page.
 * @throws {LantianError} `INVALID_TYPE` for specs that are not an array of objects, a spec without a string
 *   `$schema`, or scripts that are not strings; `EMPTY_INPUT` for no specs or an empty script;
 *   `UNKNOWN_OPTION` / `INVALID_OPTION` for bad options.
 * @example
 * ```ts
 * const scripts = { vega: '/* vega *\/', vegaLite: '/* vega-lite *\/', vegaEmbed: '/* vega-embed *\/' };
 * const html = plotPage([stationsSpec([{ id: 'A', index: 3.1 }])], { title: 'A & B', scripts });
 * html.startsWith('<!doctype html>'); //=> true
 * html.includes('<title>A &#38; B</title>'); //=> true
 * html.includes('vegaEmbed('); //=> true
 * ```
 */
export function plotPage(specs: ReadonlyArray<object>, options: PlotPageOptions): string {
  const opts = readOptions(options, ['title', 'scripts']);
  const list = requireArray(specs, ['specs']).map((spec, i) => {
    if (!isRecord(spec) || typeof spec['$schema'] !== 'string') {
      throw new LantianError('INVALID_TYPE', ['specs', i], `expected a Vega-Lite spec with a $schema, received ${describe(spec)}`);
    }
    return spec;
  });
  if (list.length === 0) throw new LantianError('EMPTY_INPUT', ['specs'], 'no spec to draw');
  const scripts = requireRecord(opts['scripts'], ['options', 'scripts']);
  const texts = SCRIPT_KEYS.map((key) => {
    const text = scripts[key];
    if (typeof text !== 'string') throw new LantianError('INVALID_TYPE', ['options', 'scripts', key], `expected the library's text, received ${describe(text)}`);
    if (text.trim() === '') throw new LantianError('EMPTY_INPUT', ['options', 'scripts', key], 'the script is empty');
    return text;
  });
  const title = escapeHtml(readTitle(opts['title'], 'lantian plots'));
  // JSON in a script element: escape '<' so no '</script>' or '<!--' can appear.
  const json = JSON.stringify(list).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const sections = list.map((_, i) => `<section><div id="plot-${i}" class="plot"></div></section>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>
body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #222; }
section { margin: 0 0 32px; }
</style>
${texts.map((t) => `<script>${inlineScript(t)}</script>`).join('\n')}
</head>
<body>
<h1>${title}</h1>
${sections}
<script>
(function () {
  var specs = ${json};
  window.lantianPlots = Promise.all(specs.map(function (spec, i) {
    return vegaEmbed('#plot-' + i, spec, { renderer: 'svg', actions: false });
  }));
})();
</script>
</body>
</html>
`;
}
