/** Zod building blocks shared by the planning schemas. Internal. */
import * as z from 'zod/mini';

/** A year of a plan (1900…2200, as dates elsewhere in lantian). */
export const YearSchema = z.int().check(z.minimum(1900), z.maximum(2200));

/** A finite number that must not be negative (`NEGATIVE_VALUE` otherwise). */
export const NonNegativeSchema = z.number().check(z.refine((v) => v >= 0, { message: 'must not be negative', params: { code: 'NEGATIVE_VALUE' } }));

/**
 * A record keyed by the given ids, every key optional; an unknown key is reported with `code` (e.g.
 * `UNKNOWN_POLLUTANT`) at its own path.
 */
export function idRecord<const K extends readonly [string, ...string[]], V extends z.ZodMiniType>(ids: K, value: V, code: string) {
  return z.pipe(
    z.unknown().check(
      z.superRefine((input, ctx) => {
        if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
        for (const key of Object.keys(input)) {
          if (!(ids as ReadonlyArray<string>).includes(key)) {
            ctx.addIssue({ code: 'custom', path: [key], message: `unknown key '${key}'`, params: { code } });
          }
        }
      }),
    ),
    z.readonly(z.partialRecord(z.enum(ids), value)),
  );
}

/** Maps every index of an array, holes included (`Array#map` skips the holes of a sparse array). */
export function mapEvery<T, U>(values: ReadonlyArray<T>, fn: (value: T, index: number) => U): U[] {
  return Array.from({ length: values.length }, (_, i) => fn(values[i] as T, i));
}
