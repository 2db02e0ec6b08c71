import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseWith } from '../../src/_lib/validate.js';
import { LantianError } from '../../src/index.js';

// zod/mini loads no locale of its own: parseWith words each issue as the library's other errors word theirs
// ("expected …, received …"); the details below are that wording, written out.
describe('parseWith on zod/mini schemas', () => {
  const schema = z.strictObject({
    code: z.string().check(z.minLength(1)),
    grade: z.int().check(z.minimum(1), z.maximum(2)),
    kind: z.optional(z.enum(['a', 'b'])),
    tag: z.optional(z.string().check(z.regex(/^[A-Z]+$/))),
    list: z.optional(z.array(z.number()).check(z.maxLength(1))),
    share: z.optional(z.number().check(z.positive())),
    either: z.optional(z.union([z.string(), z.number()])),
  });

  it('maps the first issue to a code, a path and an English detail', () => {
    const cases: ReadonlyArray<readonly [unknown, string, ReadonlyArray<string | number>, string]> = [
      [{ code: '', grade: 1 }, 'OUT_OF_RANGE', ['station', 'code'], ': expected at least 1 characters'],
      [{ code: 'a', grade: 1.5 }, 'NOT_AN_INTEGER', ['station', 'grade'], ': expected an integer, received 1.5'],
      [{ code: 'a', grade: Number.NaN }, 'NOT_FINITE', ['station', 'grade'], ': expected number, received NaN'],
      [{ code: 'a', grade: '2' }, 'INVALID_TYPE', ['station', 'grade'], ': expected number, received "2"'],
      [{ code: 'a', grade: 3 }, 'OUT_OF_RANGE', ['station', 'grade'], ': expected at most 2, received 3'],
      [{ code: 'a', grade: 1, extra: 0 }, 'UNKNOWN_OPTION', ['station', 'extra'], ": unknown key 'extra'"],
      [{ code: 'a', grade: 1, kind: 'c' }, 'INVALID_INPUT', ['station', 'kind'], ": expected one of 'a', 'b', received \"c\""],
      [{ code: 'a', grade: 1, tag: 'x' }, 'INVALID_INPUT', ['station', 'tag'], ': expected a string matching /^[A-Z]+$/, received "x"'],
      [{ code: 'a', grade: 1, list: [1, 2] }, 'OUT_OF_RANGE', ['station', 'list'], ': expected at most 1 items'],
      [{ code: 'a', grade: 1, share: 0 }, 'OUT_OF_RANGE', ['station', 'share'], ': expected above 0, received 0'],
      [{ code: 'a', grade: 1, either: null }, 'INVALID_INPUT', ['station', 'either'], ': invalid value, received null'],
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
