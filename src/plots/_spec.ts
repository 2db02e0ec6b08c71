/** Pieces shared by the plot specs (internal): the Vega-Lite schema, the spec type and option readers. */
import { LantianError, type ErrorPath } from '../errors.js';
import { describe } from '../_lib/validate.js';

/** The Vega-Lite schema every spec declares (Vega-Lite 6; the specs use nothing beyond Vega-Lite 5). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * A Vega-Lite specification as a plain, JSON-serialisable object: `$schema` names the Vega-Lite version, the
 * data are inlined under `data.values` (or `datasets`), and the rest is Vega-Lite's own vocabulary. Render it
 * with vega-embed, the Vega editor, Altair, or any Vega-Lite host; lantian does no rendering.
 */
export interface VegaLiteSpec {
  readonly $schema: typeof VEGA_LITE_SCHEMA;
  readonly description: string;
  readonly title: string | { readonly text: string; readonly subtitle?: string | ReadonlyArray<string> };
  readonly [key: string]: unknown;
}

/** The `title` option of a spec: a non-empty string, or the default. */
export function readTitle(value: unknown, fallback: string, path: ErrorPath = ['options', 'title']): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw new LantianError('INVALID_TYPE', path, `expected a string, received ${describe(value)}`);
  if (value.trim() === '') throw new LantianError('INVALID_OPTION', path, 'the title is empty');
  return value;
}

/** Throws unless `value` is an array; returns it. */
export function requireArray(value: unknown, path: ErrorPath): ReadonlyArray<unknown> {
  if (!Array.isArray(value)) throw new LantianError('INVALID_TYPE', path, `expected an array, received ${describe(value)}`);
  return value;
}

/** A bilingual label, `'优 Excellent'`. */
export function bilingual(name: { readonly zh: string; readonly en: string }): string {
  return `${name.zh} ${name.en}`;
}
