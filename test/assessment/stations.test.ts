import { describe, expect, it } from 'vitest';
import { StationSchema, parseStationList, station, stationGrade } from '../../src/index.js';
import { readDataText } from '../_helpers/realdata.js';

describe('stations', () => {
  it('validates a station and fills defaults', () => {
    expect(station({ code: '1871A', name: '环保监测站', city: '柳州' })).toEqual({
      code: '1871A',
      name: '环保监测站',
      city: '柳州',
      zoneClass: 2,
      assessment: true,
    });
    expect(stationGrade({ code: '1002A', name: '定陵', city: '北京', zoneClass: 1 })).toBe(1);
    expect(StationSchema.safeParse({ code: '1', name: 'x', city: 'y', extra: 1 }).success).toBe(false);
  });

  it('reads the national station list of 2022-02-13 (examples/data)', () => {
    const text = readDataText('station_list_2022.02.13.csv');
    const stations = parseStationList(text);
    const lines = text.trim().split(/\r?\n/).slice(1);
    expect(stations).toHaveLength(lines.length);
    // Control sites are flagged Y in the last column.
    expect(stations.filter((s) => !s.assessment)).toHaveLength(lines.filter((l) => l.endsWith(',Y')).length);
    expect(stations.find((s) => s.code === '1002A')).toMatchObject({ name: '定陵(对照点)', assessment: false });
    expect(stations.filter((s) => s.city === '柳州').map((s) => s.code)).toEqual(['1870A', '1871A', '1872A', '1873A', '1874A', '1875A', '3402A']);
    // Unknown coordinates ('-') are left out.
    expect(stations.find((s) => s.code === '1045A')).not.toHaveProperty('longitude');
  });

  it('takes zone classes where the list has none', () => {
    const text = '监测点编码,监测点名称,城市,经度,纬度,对照点\n1002A,定陵(对照点),北京,116.2202,40.2915,Y';
    expect(parseStationList(text, { '1002A': 1 })[0]?.zoneClass).toBe(1);
  });

  it('rejects malformed lists and records with paths', () => {
    const header = '监测点编码,监测点名称,城市,经度,纬度,对照点';
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => parseStationList('code,name\n1,2'), 'INVALID_INPUT', ['text', 0]],
      [() => parseStationList(`${header}\n1001A,a,b,1,2,N\n1001A,c,d,1,2,N`), 'INVALID_INPUT', ['text', 2]],
      [() => parseStationList(`${header}\n1001A,a,b,1,2,X`), 'INVALID_INPUT', ['text', 1]],
      [() => parseStationList(`${header}\n1001A,a,b,200,2,N`), 'OUT_OF_RANGE', ['text', 1, 'longitude']],
      [() => parseStationList(42 as never), 'INVALID_TYPE', ['text']],
      [() => station({ code: '', name: 'a', city: 'b' }), 'OUT_OF_RANGE', ['station', 'code']],
      [() => station({ code: 'x', name: 'a', city: 'b', zoneClass: 3 as never }), 'INVALID_INPUT', ['station', 'zoneClass']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});
