import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_MESSAGES, LantianError, formatPath, iaqi, isLantianError } from '../src/index.js';

describe('LantianError', () => {
  it('carries name, code, path and a message built from the one message table', () => {
    const e = new LantianError('NEGATIVE_VALUE', ['concentrations', 'pm25_24h'], 'received -1');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('LantianError');
    expect(e.code).toBe('NEGATIVE_VALUE');
    expect(e.path).toEqual(['concentrations', 'pm25_24h']);
    expect(e.message).toBe('Value must not be negative at concentrations.pm25_24h: received -1');
    expect(Object.isFrozen(e.path)).toBe(true);
  });

  it('pins the messages of every code', () => {
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODES].sort());
    expect(ERROR_MESSAGES).toMatchInlineSnapshot(`
      {
        "DUPLICATE_TIMESTAMP": "Timestamp appears more than once",
        "EMPTY_INPUT": "Input holds no data",
        "INDICATOR_NOT_IN_EDITION": "The edition does not define this indicator",
        "INDICATOR_NOT_IN_REPORT": "The report does not use this indicator",
        "INSUFFICIENT_DATA": "Too few values for the statistic",
        "INVALID_AMOUNT": "Amount cannot be parsed",
        "INVALID_DATE": "Invalid date or time",
        "INVALID_INPUT": "Invalid input",
        "INVALID_OPTION": "Invalid option",
        "INVALID_TYPE": "Value has the wrong type",
        "MALFORMED_ROW": "Malformed row in a data file",
        "NEGATIVE_VALUE": "Value must not be negative",
        "NOT_AN_INTEGER": "Value must be an integer",
        "NOT_FINITE": "Value must be a finite number",
        "OUT_OF_RANGE": "Value is outside the allowed range",
        "SERIES_TOO_LONG": "Series is longer than the allowed bound",
        "UNKNOWN_EDITION": "Unknown edition",
        "UNKNOWN_INDICATOR": "Unknown indicator",
        "UNKNOWN_OPTION": "Unknown option",
        "UNKNOWN_POLLUTANT": "Unknown pollutant",
        "UNORDERED_TIMESTAMPS": "Timestamps are out of order",
      }
    `);
  });

  it('formats paths with keys and indices', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['a', 0, 'b', 12])).toBe('a[0].b[12]');
    expect(new LantianError('EMPTY_INPUT').message).toBe('Input holds no data');
  });

  it('is recognised by isLantianError, also as a plain object from another copy', () => {
    expect(isLantianError(new LantianError('INVALID_INPUT'))).toBe(true);
    expect(isLantianError({ name: 'LantianError', code: 'INVALID_INPUT' })).toBe(true);
    expect(isLantianError(new Error('x'))).toBe(false);
    expect(isLantianError(null)).toBe(false);
  });

  it('is what the public functions throw', () => {
    try {
      iaqi('pm25_24h', -1);
      expect.unreachable();
    } catch (e) {
      expect(isLantianError(e)).toBe(true);
      expect((e as LantianError).code).toBe('NEGATIVE_VALUE');
      expect((e as LantianError).path).toEqual(['concentration']);
    }
  });
});

describe('safely', () => {
  it('turns a LantianError into a result and passes values through', async () => {
    const { safely } = await import('../src/index.js');
    const safeIaqi = safely(iaqi);
    expect(safeIaqi('pm25_24h', 35)).toEqual({ ok: true, value: 50 });
    const r = safeIaqi('pm25_24h', -1);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(LantianError);
      expect(r.error.code).toBe('NEGATIVE_VALUE');
    }
  });

  it('rethrows anything that is not a LantianError (a bug, not bad input)', async () => {
    const { safely } = await import('../src/index.js');
    const broken = safely(() => {
      throw new TypeError('bug');
    });
    expect(() => broken()).toThrow(TypeError);
    expect(() => safely(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: ['fn'] }));
  });
});

describe('docs/errors.md', () => {
  it('documents every error code', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
    const missing = ERROR_CODES.filter((code) => !doc.includes(`| \`${code}\` |`));
    expect(missing).toEqual([]);
  });
});
