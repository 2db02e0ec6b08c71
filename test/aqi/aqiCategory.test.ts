import { describe, expect, it } from 'vitest';
import { aqiCategory } from '../../src/index.js';

describe('aqiCategory (HJ 633-2012 Table 2 / HJ 633-2026 Table 1, colours of Appendix A Table A.1)', () => {
  // Bands and colours transcribed from STANDARDS.md §1.4.
  const bands: Array<[number, number, string, string, [number, number, number], [number, number, number, number]]> = [
    [1, 50, '优', '绿色', [0, 228, 0], [40, 0, 100, 0]],
    [51, 100, '良', '黄色', [255, 255, 0], [0, 0, 100, 0]],
    [101, 150, '轻度污染', '橙色', [255, 126, 0], [0, 52, 100, 0]],
    [151, 200, '中度污染', '红色', [255, 0, 0], [0, 100, 100, 0]],
    [201, 300, '重度污染', '紫色', [153, 0, 76], [10, 100, 40, 30]],
    [301, 500, '严重污染', '褐红色', [126, 0, 35], [30, 100, 100, 30]],
  ];

  it('puts both ends of every band in it, in both editions', () => {
    bands.forEach(([lo, hi, zh, colour, rgb, cmyk], i) => {
      for (const edition of ['HJ633-2012', 'HJ633-2026'] as const) {
        for (const aqi of [lo, hi]) {
          const c = aqiCategory(aqi, { edition });
          expect(c.level).toBe(i + 1);
          expect(c.name.zh).toBe(zh);
          expect(c.color.name.zh).toBe(colour);
          expect(c.color.rgb).toEqual(rgb);
          expect(c.color.cmyk).toEqual(cmyk);
        }
      }
    });
  });

  it('gives hex colours and ranges', () => {
    expect(aqiCategory(0, { edition: 'HJ633-2012' }).range).toEqual([0, 50]);
    expect(aqiCategory(1, { edition: 'HJ633-2026' }).range).toEqual([1, 50]);
    expect(aqiCategory(350).range).toEqual([301, null]);
    expect(aqiCategory(50).color.hex).toBe('#00E400');
    expect(aqiCategory(250).color.hex).toBe('#99004C');
    expect(aqiCategory(301).color.hex).toBe('#7E0023');
    expect(aqiCategory(501).level).toBe(6);
  });

  it('words health effects per edition (2026 names 心血管系统 where 2012 said 心脏)', () => {
    expect(aqiCategory(160, { edition: 'HJ633-2012' }).health).toBe('进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响');
    expect(aqiCategory(160, { edition: 'HJ633-2026' }).health).toBe('进一步加剧敏感人群症状，可能对健康人群心血管系统、呼吸系统有影响');
    expect(aqiCategory(20, { date: '2020-01-01' }).advice).toBe('各类人群可正常活动');
  });

  it('rejects non-integers and negatives', () => {
    expect(() => aqiCategory(50.5)).toThrow(expect.objectContaining({ code: 'NOT_AN_INTEGER', path: ['aqi'] }));
    expect(() => aqiCategory(-1)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => aqiCategory(Number.POSITIVE_INFINITY)).toThrow(expect.objectContaining({ code: 'NOT_FINITE' }));
    expect(() => aqiCategory('120' as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
  });
});
