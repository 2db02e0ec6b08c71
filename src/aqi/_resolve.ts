/** Option handling shared by the AQI functions (internal). */
import { LantianError } from '../errors.js';
import { resolveAqiEdition } from '../editions/index.js';
import type { Indicator } from '../pollutants/index.js';
import { requireBoolean, requireMember } from '../_lib/validate.js';
import { aqiSchemeOf } from './schemes/index.js';
import type { AboveRule, AqiColumn, AqiScheme } from './types.js';

/** `'platform'`: what the national platform publishes (the default); `'text'`: the standard as written. */
export type AqiMethod = 'platform' | 'text';
export const AQI_METHODS = ['platform', 'text'] as const;

export interface ResolvedAqiOptions {
  readonly scheme: AqiScheme;
  readonly method: AqiMethod;
  readonly round: boolean;
}

export function resolveAqiOptions(opts: Readonly<Record<string, unknown>>): ResolvedAqiOptions {
  const edition = resolveAqiEdition(opts);
  const method = opts['method'] === undefined ? 'platform' : requireMember(opts['method'], AQI_METHODS, ['options', 'method'], 'INVALID_OPTION');
  const round = opts['roundConcentrations'] === undefined ? true : requireBoolean(opts['roundConcentrations'], ['options', 'roundConcentrations']);
  return { scheme: aqiSchemeOf(edition), method, round };
}

/** The indicators a scheme defines under a method (the text of HJ 633-2012 has no 1h PM columns). */
export function definedIndicators(scheme: AqiScheme, method: AqiMethod): ReadonlyArray<Indicator> {
  const all = Object.keys(scheme.columns) as Indicator[];
  if (method === 'platform' || scheme.text === undefined) return all;
  const text = new Set<Indicator>([...scheme.reports.daily, ...scheme.text.hourly, ...scheme.text.fallbackInputs]);
  return all.filter((i) => text.has(i));
}

/** The column of an indicator, or `INDICATOR_NOT_IN_EDITION`. */
export function columnOf(scheme: AqiScheme, method: AqiMethod, indicator: Indicator, path: ReadonlyArray<string | number>): AqiColumn {
  const column = scheme.columns[indicator];
  if (column === undefined || !definedIndicators(scheme, method).includes(indicator)) {
    throw new LantianError(
      'INDICATOR_NOT_IN_EDITION',
      path,
      `${scheme.edition}${method === 'text' ? ' (as written)' : ''} has no '${indicator}'; it has ${definedIndicators(scheme, method).join(', ')}`,
    );
  }
  return column;
}

/** The rule above the table for an indicator under a method. */
export function aboveRule(scheme: AqiScheme, method: AqiMethod, column: AqiColumn): AboveRule {
  return (method === 'text' ? scheme.text?.above[column.indicator] : undefined) ?? column.above;
}
