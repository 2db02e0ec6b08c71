import { describe, expectTypeOf, it } from 'vitest';
import { percentile } from '../../src/index.js';

describe('percentile types', () => {
  it('takes arrays with nulls or Float64Arrays and returns a number', () => {
    expectTypeOf(percentile([1, null, 3], 95)).toEqualTypeOf<number>();
    expectTypeOf(percentile(new Float64Array(3), 90)).toEqualTypeOf<number>();
    expectTypeOf(percentile(Object.freeze([1, 2]), 50)).toEqualTypeOf<number>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error p is a number
    percentile([1, 2], '95');
    // @ts-expect-error values are numbers
    percentile(['1', '2'], 95);
  });
});
