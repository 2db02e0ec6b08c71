import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseWith } from '../../src/_lib/validate.js';
import { LantianError } from '../../src/index.js';

// zod/mini loads no locale of its own: parseWith words the issue with zod's English locale, so a LantianError's
// detail reads as it did with classic zod (the texts below are zod 4's English messages).
describe('parseWith on zod/mini schemas', () => {
  const schema = z.strictObject({ code: z.string().check(z.minLength(1)), grade: z.int().check(z.minimum(1), z.maximum(2)) });

  it('maps the first issue to a code, a path and an English detail', () => {
    const cases: ReadonlyArray<readonly [unknown, string, ReadonlyArray<string | number>, string]> = [
      [{ code: '', grade: 1 }, 'OUT_OF_RANGE', ['station', 'code'], 'Too small: expected string to have >=1 characters'],
      [{ code: 'a', grade: 1.5 }, 'NOT_AN_INTEGER', ['station', 'grade'], 'Invalid input: expected int, received number'],
      [{ code: 'a', grade: Number.NaN }, 'NOT_FINITE', ['station', 'grade'], 'Invalid input: expected number, received NaN'],
      [{ code: 'a', grade: 1, extra: 0 }, 'UNKNOWN_OPTION', ['station', 'extra'], 'Unrecognized key: "extra"'],
    ];
    for (const [value, code, path, detail] of cases) {
      let error: unknown;
      try {
        parseWith(schema, value, ['station']);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LantianError);
      expect(error).toMatchObject({ code, path });
      expect((error as Error).message).toContain(detail);
    }
    expect(parseWith(schema, { code: 'a', grade: 2 })).toEqual({ code: 'a', grade: 2 });
  });
});
