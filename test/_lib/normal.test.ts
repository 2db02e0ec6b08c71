import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, normalUpper } from '../../src/_lib/normal.js';

// Reference values of the standard normal distribution as R prints them with options(digits = 17)
// (pnorm(q, lower.tail = FALSE), qnorm(p)); they are also the classic table values to the digits tables print.
describe('the standard normal distribution (Cody; AS 241)', () => {
  it('gives the upper tail to full precision, also far out', () => {
    expect(normalUpper(0)).toBe(0.5);
    expect(normalUpper(1.96)).toBeCloseTo(0.024997895148220435, 16);
    expect(normalUpper(3)).toBeCloseTo(0.0013498980316300946, 17);
    expect(normalUpper(5) / 2.8665157187919391e-7).toBeCloseTo(1, 13);
    expect(normalUpper(10) / 7.6198530241605269e-24).toBeCloseTo(1, 12);
    expect(normalUpper(-1.96)).toBeCloseTo(0.97500210485177957, 15);
    expect(normalCdf(0.5)).toBeCloseTo(0.69146246127401312, 15);
    expect(normalCdf(-0.5)).toBeCloseTo(0.30853753872598688, 15);
  });

  it('inverts the distribution function', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
    expect(normalQuantile(0.999)).toBeCloseTo(3.0902323061678132, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.3613409024040557, 12);
    for (const p of [1e-8, 0.001, 0.1, 0.3, 0.7, 0.95, 0.99999]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 12);
  });
});
