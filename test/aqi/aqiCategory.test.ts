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
    expect(aqiCategory(160, { edition: 'HJ633-2012' }).health?.zh).toBe('进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响');
    expect(aqiCategory(160, { edition: 'HJ633-2026' }).health?.zh).toBe('进一步加剧敏感人群症状，可能对健康人群心血管系统、呼吸系统有影响');
    expect(aqiCategory(20, { date: '2020-01-01' }).advice?.zh).toBe('各类人群可正常活动');
  });

  it('gives the health effects and advice in English beside the Chinese of HJ 633 (Table 2 / Table 1)', () => {
    const c2012 = aqiCategory(160, { edition: 'HJ633-2012' });
    expect(c2012.health).toEqual({
      zh: '进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响',
      en: 'Symptoms of susceptible people are further aggravated; the heart and respiratory system of healthy people may be affected.',
    });
    expect(c2012.cautionary).toBeUndefined();
    const c2026 = aqiCategory(320, { edition: 'HJ633-2026' });
    expect(c2026.advice).toEqual({
      zh: '青少年儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
      en: 'Children and adolescents, older people and the sick should stay indoors and avoid physical exertion; the general population should avoid outdoor activity.',
    });
    // every band of both editions has both languages
    for (const edition of ['HJ633-2012', 'HJ633-2026'] as const) {
      for (const aqi of [20, 80, 120, 180, 250, 400]) {
        const c = aqiCategory(aqi, { edition });
        expect([c.health?.zh, c.health?.en, c.advice?.zh, c.advice?.en].every((t) => typeof t === 'string' && t.length > 5)).toBe(true);
      }
    }
  });

  it("gives the US categories the EPA's cautionary statements (EPA-454/B-24-002 Table 4)", () => {
    expect(aqiCategory(30, { scheme: 'US' }).cautionary).toEqual({});
    const usg = aqiCategory(120, { scheme: 'US' });
    expect(usg.health).toBeUndefined();
    expect(usg.cautionary?.pm25).toBe(
      'People with heart or lung disease, older adults, children, and people of lower socioeconomic status should reduce prolonged or heavy exertion.',
    );
    expect(usg.cautionary?.pm10).toBe(usg.cautionary?.pm25);
    expect(usg.cautionary?.co).toBe('People with heart disease, such as angina, should limit heavy exertion and avoid sources of CO, such as heavy traffic.');
    expect(aqiCategory(75, { scheme: 'US' }).cautionary).toEqual({
      o3: 'Unusually sensitive people should consider reducing prolonged or heavy outdoor exertion.',
      pm10: 'Unusually sensitive people should consider reducing prolonged or heavy exertion.',
      pm25: 'Unusually sensitive people should consider reducing prolonged or heavy exertion.',
      no2: 'Unusually sensitive individuals should consider limiting prolonged exertion especially near busy roads.',
    });
    const hazardous = aqiCategory(600, { edition: 'EPA-2024' }).cautionary;
    expect(hazardous?.o3).toBe('Everyone should avoid all outdoor exertion.');
    expect(hazardous?.pm25).toBe(
      'Everyone should avoid all physical activity outdoors; people with heart or lung disease, older adults, children, and people of lower socioeconomic status should remain indoors and keep activity levels low.',
    );
    expect(hazardous?.so2).toBe('Children, people with asthma, or other lung diseases, should remain indoors; everyone else should avoid outdoor exertion.');
    expect(aqiCategory(250, { edition: 'EPA-2012' }).cautionary?.no2).toBe(
      'People with asthma, children and older adults should avoid all outdoor exertion; everyone else should avoid prolonged exertion especially near busy roads.',
    );
  });

  it('rejects non-integers and negatives', () => {
    expect(() => aqiCategory(50.5)).toThrow(expect.objectContaining({ code: 'NOT_AN_INTEGER', path: ['aqi'] }));
    expect(() => aqiCategory(-1)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => aqiCategory(Number.POSITIVE_INFINITY)).toThrow(expect.objectContaining({ code: 'NOT_FINITE' }));
    expect(() => aqiCategory('120' as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
  });
});
