/**
 * The zod schemas of the AQI area, for an app's own boundary. They live apart from the functions, which check their
 * input by hand, so that a bundle importing `iaqi` or `dailyAqi` carries no schema (and no zod).
 */
import * as z from 'zod/mini';
import { INDICATORS } from '../pollutants/index.js';
import type { AqiConcentrations } from './reports.js';

/**
 * Validates {@link AqiConcentrations} at an app's own boundary (the report functions check the same). Every own
 * key must be an indicator, `__proto__` included.
 */
export const AqiConcentrationsSchema = z.pipe(
  z.unknown().check(
    z.superRefine((value, ctx) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      for (const key of Object.keys(value)) {
        if (!(INDICATORS as ReadonlyArray<string>).includes(key)) {
          ctx.addIssue({ code: 'custom', path: [key], message: `unknown indicator '${key}'`, params: { code: 'UNKNOWN_INDICATOR' } });
        }
      }
    }),
  ),
  z.partialRecord(z.enum(INDICATORS), z.union([z.number().check(z.nonnegative()), z.nan(), z.null()])),
);
