import { describe, expect, it } from 'vitest';
import { POLLUTANTS, type Pollutant, assessCities, assessCity, stationFrame } from '../../src/index.js';
import { codeOf } from '../_helpers/errors.js';
import { randomValues } from './_random.js';

const HOURS = 365 * 24;
const LIST = [
  { code: 'A1', name: 'a1', city: '甲' },
  { code: 'B1', name: 'b1', city: '乙' },
  { code: 'A2', name: 'a2', city: '甲', zoneClass: 1 as const },
  { code: 'A3', name: 'a3', city: '甲', assessment: false },
  { code: 'B2', name: 'b2', city: '乙' },
  { code: 'C1', name: 'c1', city: '丙' },
  { code: 'X9', name: 'x9', city: '未用' },
];
const CODES = ['A1', 'A2', 'A3', 'B1', 'B2', 'C1'];

function data(seed: number) {
  const values: Partial<Record<Pollutant, Float64Array>> = {};
  POLLUTANTS.forEach((p, k) => (values[p] = randomValues(p, CODES.length, HOURS, seed + k, 0.05)));
  return values;
}

describe('assessCities', () => {
  it.each([
    ['by hour', { by: 'hour' as const }],
    ['by day, raw comparison', { by: 'day' as const, minStations: 1, compare: 'raw' as const }],
    ['by hour, two stations needed', { by: 'hour' as const, minStations: 2, stationYears: false }],
  ])('report(c) equals assessCity on the city: %s', (_, extra) => {
    const values = data(500);
    const frame = stationFrame({ start: '2025-01-01 01:00', hours: HOURS, stations: CODES, values });
    const options = { year: 2025, ...extra };
    // Cities with too few stations for minStations: 丙 has one.
    const min = (extra as { minStations?: number }).minStations ?? 1;
    const list = min > 1 ? LIST.filter((s) => s.city !== '丙') : LIST;
    const codes = min > 1 ? CODES.filter((c) => c !== 'C1') : CODES;
    const used = min > 1 ? stationFrame({ start: '2025-01-01 01:00', hours: HOURS, stations: codes, values: Object.fromEntries(POLLUTANTS.map((p) => [p, (values[p] as Float64Array).slice(0, codes.length * HOURS)])) }) : frame;
    const r = assessCities(used, list, options);
    expect(r.cities).toEqual(min > 1 ? ['甲', '乙'] : ['甲', '乙', '丙']);
    r.cities.forEach((city, c) => {
      const stations = codes
        .map((code, i) => ({ code, i }))
        .filter(({ code }) => LIST.find((s) => s.code === code)?.city === city)
        .map(({ code, i }) => ({
          station: LIST.find((s) => s.code === code) as (typeof LIST)[number],
          hourly: Object.fromEntries(POLLUTANTS.map((p) => [p, { start: '2025-01-01 01:00', values: (values[p] as Float64Array).slice(i * HOURS, (i + 1) * HOURS) }])),
        }));
      expect(r.report(c)).toEqual(assessCity(stations, options));
    });
  }, 120_000);

  it('rejects stations missing from the list, cities without assessment stations and bad options', () => {
    const hours = 24;
    const one = (stations: string[]) => stationFrame({ start: '2025-01-01 01:00', hours, stations, values: { pm25: new Float64Array(stations.length * hours) } });
    expect(codeOf(() => assessCities(one(['A1', 'Q']), LIST, { year: 2025 }))).toEqual(['INVALID_INPUT', ['frame', 'stations', 1]]);
    expect(codeOf(() => assessCities(one(['A3']), LIST, { year: 2025 }))).toEqual(['EMPTY_INPUT', ['stationList']]);
    expect(codeOf(() => assessCities(one(['A1']), 'list' as never, { year: 2025 }))).toEqual(['INVALID_TYPE', ['stationList']]);
    expect(codeOf(() => assessCities(one(['A1']), [{ code: 'A1' }] as never, { year: 2025 }))).toEqual(['INVALID_TYPE', ['stationList', 0, 'name']]);
    expect(codeOf(() => assessCities(one(['A1']), LIST, { year: 2025, by: 'week' as never }))).toEqual(['INVALID_OPTION', ['options', 'by']]);
    expect(codeOf(() => assessCities(one(['A1']), LIST, { year: 2025, minStations: 2 }))).toEqual(['INVALID_OPTION', ['options', 'minStations']]);
    expect(codeOf(() => assessCities(one(['A1']), LIST, { year: 2025 }).report(1))).toEqual(['OUT_OF_RANGE', ['c']]);
    const stop = new AbortController();
    stop.abort(new Error('stop'));
    expect(() => assessCities(one(['A1']), LIST, { year: 2025, signal: stop.signal })).toThrow('stop');
    const seen: number[] = [];
    assessCities(one(['A1', 'B1']), LIST, { year: 2025, onProgress: (d) => seen.push(d) });
    expect(seen).toEqual([2, 4]);
  });
});
