import { describe, expect, it } from 'vitest';
import { cityMean, parseStationList } from '../../src/index.js';
import { readDataText } from '../../examples/_cnemc.js';
import { codeOf } from '../_helpers/errors.js';

describe('cityMean with a national station list', () => {
  const list = parseStationList(readDataText('station_list_2022.02.13.csv'));
  const day = (v: number) => ({ start: '2024-01-01 01:00', values: Array(24).fill(v) });

  it('keeps the listed assessment stations of the city, whatever the size of the list', () => {
    const liuzhou = list.filter((s) => s.city === '柳州');
    expect(liuzhou.length).toBeGreaterThan(3);
    const stations = Object.fromEntries(liuzhou.map((s, i) => [s.code, day(10 * (i + 1))]));
    const r = cityMean(stations, { stationList: list });
    const kept = liuzhou.filter((s) => s.assessment).map((s) => liuzhou.indexOf(s));
    // The mean of 10·(i + 1) over the kept stations.
    expect(r.values[0]).toBeCloseTo(kept.reduce((a, i) => a + 10 * (i + 1), 0) / kept.length, 12);
    expect(r.excluded).toEqual(liuzhou.filter((s) => !s.assessment).map((s) => s.code).sort());
  });

  it('checks every entry for its code and the used entries in full', () => {
    const one = { [list[0]?.code as string]: day(10) };
    expect(codeOf(() => cityMean(one, { stationList: [...list, { name: 'no code' }] as never }))).toEqual(['INVALID_TYPE', ['options', 'stationList', list.length, 'code']]);
    const bad = [{ ...list[0], zoneClass: 3 }, ...list.slice(1)];
    expect(codeOf(() => cityMean(one, { stationList: bad as never }))[1]).toEqual(['options', 'stationList', 0, 'zoneClass']);
  });
});
