/**
 * The real-time hour file, on a real cut of CNEMC's archived release (examples/data/realtime: two hours of
 * 2022-01-01, Beijing's and Liuzhou's stations; see examples/data/README.md) and on small texts for each bad case.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type LantianError } from '../../src/index.js';
import { hourlyAqiRecords, readCnemcHourly, readCnemcHourlyAsync, readCnemcHourlyFiles } from '../../src/readers/index.js';
import { DATA_DIR } from '../_helpers/realdata.js';
import { expectLantianError } from '../_helpers/errors.js';

const FILES = ['2022-01-01T00.csv', '2022-01-01T01.csv'];
const texts = FILES.map((f) => readFileSync(`${DATA_DIR}realtime/${f}`, 'utf8'));

describe('readCnemcHourly: the real cut', async () => {
  const input = await readCnemcHourlyFiles(FILES.map((name, i) => ({ name, data: texts[i] as string })));
  const at = (station: string, pollutant: 'pm25' | 'pm10' | 'co' | 'o3', hour: number): number => {
    const s = input.stations.indexOf(station);
    return input.values[pollutant]?.[s * input.hours + hour] as number;
  };

  it('puts the two hours on one axis, stations in file order', () => {
    expect(input.start).toBe('2022-01-01 00:00');
    expect(input.hours).toBe(2);
    expect(input.stations).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `10${String(i + 1).padStart(2, '0')}A`),
      '1870A',
      '1871A',
      '1872A',
      '1873A',
      '1874A',
      '1875A',
    ]);
  });

  it('holds the values of the rows (read by hand), missing where a cell is empty or a row absent', () => {
    // 1001A at 00:00: pm10 68, pm2_5 36, o3 34, co 1.2; at 01:00: 65, 39, 34, 1.2.
    expect([at('1001A', 'pm10', 0), at('1001A', 'pm25', 0), at('1001A', 'o3', 0), at('1001A', 'co', 0)]).toEqual([68, 36, 34, 1.2]);
    expect([at('1001A', 'pm10', 1), at('1001A', 'pm25', 1), at('1001A', 'o3', 1), at('1001A', 'co', 1)]).toEqual([65, 39, 34, 1.2]);
    // 1002A at 00:00 has only o3 (49); at 01:00 it has no row.
    expect([at('1002A', 'pm10', 0), at('1002A', 'o3', 0), at('1002A', 'o3', 1)]).toEqual([NaN, 49, NaN]);
    // 1873A: pm2_5 102 then 87; 1011A's row with a quoted comma is read whole (o3 34 at 00:00).
    expect([at('1873A', 'pm25', 0), at('1873A', 'pm25', 1), at('1011A', 'o3', 0)]).toEqual([102, 87, 34]);
  });

  it("reproduces the published real-time AQI of every row with all six values (HJ 633-2012, the platform's practice)", () => {
    const published = new Map<string, number>();
    for (const text of texts) {
      for (const line of text.trim().split('\n').slice(1)) {
        // The last 15 fields are numbers (aqi … co_24h); only primarypollutant, before them, may be quoted.
        const cells = line.split(',');
        const tail = cells.slice(-15);
        const six = [tail[1], tail[3], tail[5], tail[9], tail[11], tail[13]];
        if (tail[0] !== '' && six.every((v) => v !== '')) published.set(`${cells[1]} ${(cells[0] as string).slice(0, 16).replace('T', ' ')}`, Number(tail[0]));
      }
    }
    const computed = new Map(hourlyAqiRecords(input).map((r) => [`${r.station} ${r.time}`, r.aqi]));
    expect(published.size).toBe(28);
    for (const [key, aqi] of published) expect([key, computed.get(key)]).toEqual([key, aqi]);
  });

  it('reads gzip bytes asynchronously, and keeps only the stations asked for', async () => {
    const r = await readCnemcHourlyAsync(gzipSync(texts[0] as string), { name: '2022-01-01T00.csv.gz', stations: ['1870A', '9999A'] });
    expect(r).toMatchObject({ start: '2022-01-01 00:00', hours: 1, stations: ['1870A'] });
    expect(r.values.pm25?.[0]).toBe(66);
  });
});

const HEAD = 'timepoint,stationcode,positionname,aqi,pm2_5,co';

describe('readCnemcHourly: cells, rows and bad input', () => {
  it('finds the columns by name and reads NA and / as missing', () => {
    const r = readCnemcHourly(`${HEAD}\n2022-01-01 01:00,1001A,"a, b",NA,/,0.5\n2022-01-01T03:00:00,1001A,x,50,33,\n`);
    expect(r).toMatchObject({ start: '2022-01-01 01:00', hours: 3, stations: ['1001A'] });
    expect(Object.keys(r.values)).toEqual(['co', 'pm25']);
    expect(Array.from(r.values.pm25 as Float64Array)).toEqual([NaN, NaN, 33]);
    expect(Array.from(r.values.co as Float64Array)).toEqual([0.5, NaN, NaN]);
  });

  it('names the file, the line and the column of a bad row', () => {
    const bad = (text: string, path: ReadonlyArray<string | number>): LantianError =>
      expectLantianError(() => readCnemcHourly(text, { name: 'h.csv' }), 'MALFORMED_ROW', ['h.csv', ...path]);
    expect(bad(`${HEAD}\n2022-01-01T01:00:00,1001A,x,50,abc,1\n`, [2, 'pm2_5']).message).toBe(
      'Malformed row in a data file at h.csv[2].pm2_5: line 2, column pm2_5: expected a number, NA, / or empty, received "abc"',
    );
    bad(`${HEAD}\n2022-01-01T01:00:00,1001A,x,5x,1,1\n`, [2, 'aqi']);
    bad(`${HEAD}\n2022-01-01T01:00:00,1001A,x,50,1\n`, [2]);
    bad(`${HEAD}\n2022-01-01T01:30:00,1001A,x,50,1,1\n`, [2, 'timepoint']);
    bad(`${HEAD}\n2022-02-30T01:00:00,1001A,x,50,1,1\n`, [2, 'timepoint']);
    bad(`${HEAD}\n2022-01-01T24:00:00,1001A,x,50,1,1\n`, [2, 'timepoint']);
    bad(`${HEAD}\n2022-01-01T01:00:00, ,x,50,1,1\n`, [2, 'stationcode']);
    bad(`${HEAD}\n2022-01-01T01:00:00,1001A,x,50,1,1\n2022-01-01T01:00:00,1001A,x,50,1,1\n`, [3, 'timepoint']);
    bad('time,station,pm2_5\n', [1]);
    expectLantianError(() => readCnemcHourly('', { name: 'h.csv' }), 'EMPTY_INPUT', ['h.csv']);
  });

  it('skips bad rows with onBadRow, and a row of a station left out is still checked', () => {
    const errors: LantianError[] = [];
    const r = readCnemcHourly(`${HEAD}\n2022-01-01T01:00:00,1001A,x,50,1,1\n2022-01-01T02:00:00,1002A,x,50,y,1\n2022-01-01T02:00:00,1001A,x,50,2,1\n`, {
      onBadRow: (e) => errors.push(e),
      stations: ['1001A'],
    });
    expect(errors.map((e) => e.path)).toEqual([['input', 3, 'pm2_5']]);
    expect(Array.from(r.values.pm25 as Float64Array)).toEqual([1, 2]);
  });

  it('rejects the same station-hour in two files', async () => {
    const file = (name: string) => ({ name, data: `${HEAD}\n2022-01-01T01:00:00,1001A,x,50,1,1\n` });
    await expect(readCnemcHourlyFiles([file('a.csv'), file('b.csv')])).rejects.toMatchObject({ code: 'DUPLICATE_TIMESTAMP', path: ['b.csv'] });
  });
});
