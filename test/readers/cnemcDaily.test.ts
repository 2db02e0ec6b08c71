/**
 * The wide daily file, on the real national file of 2025-01-28 (examples/data/china_sites_20250128.csv.gz, CNEMC's
 * release as mirrored; cells quoted below were read from the file by hand) and on small texts for each bad case.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LantianError, dailyMeans, dailyValueOn } from '../../src/index.js';
import { readCnemcDaily, readCnemcDailyAsync, readCnemcDailyFiles, stationHourlyInput } from '../../src/readers/index.js';
import { DATA_DIR } from '../_helpers/realdata.js';
import { expectLantianError } from '../_helpers/errors.js';

const gz = readFileSync(`${DATA_DIR}china_sites_20250128.csv.gz`);

describe('readCnemcDaily: the national file of 2025-01-28', async () => {
  const input = await readCnemcDailyAsync(gz, { name: 'china_sites_20250128.csv.gz' });
  const at = (station: string, pollutant: 'pm25' | 'co' | 'o3', hour: number): number => {
    const s = input.stations.indexOf(station);
    return input.values[pollutant]?.[s * input.hours + hour] as number;
  };

  it('starts at the 00:00 label (hour 24 of the day before) and has the 24 hours of the file', () => {
    expect(input.start).toBe('2025-01-28 00:00');
    expect(input.hours).toBe(24);
    expect(input.label).toBe('end');
    expect(input.stations).toHaveLength(2026);
    expect(input.stations.slice(0, 3)).toEqual(['1001A', '1002A', '1003A']);
    expect(Object.keys(input.values)).toEqual(['so2', 'no2', 'co', 'o3', 'pm10', 'pm25']);
  });

  it('holds the hourly values of the file (cells read by hand)', () => {
    // 20250128,0,PM2.5: 1001A 3, 1870A 38, 3402A 16; hour 8: 3, 21, 20; hour 23: 59, 63, 86.
    expect([at('1001A', 'pm25', 0), at('1870A', 'pm25', 0), at('3402A', 'pm25', 0)]).toEqual([3, 38, 16]);
    expect([at('1001A', 'pm25', 8), at('1870A', 'pm25', 8), at('3402A', 'pm25', 8)]).toEqual([3, 21, 20]);
    expect([at('1001A', 'pm25', 23), at('1870A', 'pm25', 23), at('3402A', 'pm25', 23)]).toEqual([59, 63, 86]);
    // CO (mg/m³, one decimal) and O3 at hour 8: 0.6, 0.7, 0.7 and 62, 82, 74.
    expect([at('1001A', 'co', 8), at('1870A', 'co', 8), at('3402A', 'co', 8)]).toEqual([0.6, 0.7, 0.7]);
    expect([at('1001A', 'o3', 8), at('1870A', 'o3', 8), at('3402A', 'o3', 8)]).toEqual([62, 82, 74]);
  });

  it('agrees cell by cell with a plain split of the file (its fields hold no quotes)', () => {
    const lines = gunzipSync(gz).toString('utf8').trim().split('\n');
    const codes = (lines[0] as string).split(',').slice(3);
    const types: Record<string, 'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25'> = { SO2: 'so2', NO2: 'no2', CO: 'co', O3: 'o3', PM10: 'pm10', 'PM2.5': 'pm25' };
    let compared = 0;
    const mismatches: string[] = [];
    for (const line of lines.slice(1)) {
      const cells = line.replace(/\r$/, '').split(',');
      const p = types[cells[2] as string];
      if (p === undefined) continue;
      const hour = Number(cells[1]);
      const column = input.values[p] as Float64Array;
      codes.forEach((_, s) => {
        const cell = cells[s + 3] as string;
        const got = column[s * 24 + hour] as number;
        if (cell === '' ? !Number.isNaN(got) : got !== Number(cell)) mismatches.push(`${codes[s]} ${cells[1]} ${cells[2]}`);
        compared++;
      });
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(2026 * 24 * 6);
  });

  it('gives the single-station functions their series, and the daily mean is picked by date', () => {
    const hourly = stationHourlyInput(input, '1001A');
    expect(hourly.pm25?.start).toBe('2025-01-28 00:00');
    expect(hourly.pm25?.values).toHaveLength(24);
    const means = dailyMeans(hourly.pm25 as never);
    // The first day of the series is 2025-01-27 (one hour: invalid); 2025-01-28 has hours 1…23 (23 ≥ 20: valid).
    expect(means.start).toBe('2025-01-27');
    expect(dailyValueOn(means, '2025-01-27')).toBeNull();
    expect(dailyValueOn(means, '2025-01-28')).not.toBeNull();
    expectLantianError(() => stationHourlyInput(input, '9999A'), 'INVALID_INPUT', ['station']);
    expectLantianError(() => stationHourlyInput({} as never, '1001A'), 'INVALID_TYPE', ['input']);
  });

  it('reads text synchronously, plain bytes and an ArrayBuffer too', () => {
    const text = gunzipSync(gz).toString('utf8');
    const head = text.split('\n').slice(0, 16).join('\n');
    const fromText = readCnemcDaily(head, { stations: ['1001A', '3402A'] });
    expect(fromText.stations).toEqual(['1001A', '3402A']);
    expect(fromText.hours).toBe(1);
    expect(Array.from(fromText.values.pm25 as Float64Array)).toEqual([3, 16]);
    const bytes = new TextEncoder().encode(head);
    expect(readCnemcDaily(bytes, { stations: ['1001A'] }).values.co?.[0]).toBe(0.5);
    expect(readCnemcDaily(bytes.buffer as ArrayBuffer, { stations: ['1001A'] }).values.o3?.[0]).toBe(66);
  });
});

const HEAD = 'date,hour,type,1001A,1002A';

describe('readCnemcDaily: cells and rows', () => {
  it('reads NA, / and empty as missing, and numbers in any plain notation', () => {
    const r = readCnemcDaily(`${HEAD}\n20250128,1,PM2.5,NA,/\n20250128,2,PM2.5, 12 ,\n20250128,3,PM2.5,1e1,.5\n`);
    expect(Array.from(r.values.pm25 as Float64Array)).toEqual([NaN, 12, 10, NaN, NaN, 0.5]);
  });

  it('leaves a gap between rows as missing hours, and crosses midnight by the label', () => {
    const r = readCnemcDaily(`${HEAD}\n20250128,22,CO,1,2\n20250129,0,CO,3,4\n`);
    expect(r.start).toBe('2025-01-28 22:00');
    expect(r.hours).toBe(3);
    expect(Array.from(r.values.co as Float64Array)).toEqual([1, NaN, 3, 2, NaN, 4]);
  });

  it('checks the moving means and the AQI but keeps only the hourly values', () => {
    const r = readCnemcDaily(`${HEAD}\n20250128,1,AQI,50,60\n20250128,1,O3_8h_24h,70,80\n`);
    expect(r.values).toEqual({});
    expect(r.hours).toBe(0);
    expectLantianError(() => readCnemcDaily(`${HEAD}\n20250128,1,O3_8h,70,x\n`, { name: 'f.csv' }), 'MALFORMED_ROW', ['f.csv', 2, '1002A']);
  });

  it('strips a byte-order mark and ignores blank lines; CRLF line ends are fine', () => {
    const r = readCnemcDaily(`\uFEFF${HEAD}\r\n\r\n20250128,1,SO2,5,6\r\n`);
    expect(Array.from(r.values.so2 as Float64Array)).toEqual([5, 6]);
  });

  it('reads a header-only file as no hours', () => {
    expect(readCnemcDaily(`${HEAD}\n`)).toEqual({ start: '1970-01-01 00:00', hours: 0, stations: ['1001A', '1002A'], values: {}, label: 'end' });
  });
});

describe('readCnemcDaily: bad input names the file, the line and the column', () => {
  const bad = (text: string, path: ReadonlyArray<string | number>, detail?: RegExp): void => {
    const e = expectLantianError(() => readCnemcDaily(text, { name: 'china_sites_20250128.csv' }), 'MALFORMED_ROW', ['china_sites_20250128.csv', ...path]);
    if (detail !== undefined) expect(e.message).toMatch(detail);
  };

  it('a value that is not a number, NA, / or empty', () => {
    bad(`${HEAD}\n20250128,1,PM2.5,30,31\n20250128,1,PM10,abc,31\n`, [3, '1001A'], /line 3, column 1001A: expected a number, NA, \/ or empty, received "abc"/);
    bad(`${HEAD}\n20250128,1,PM10,12abc,31\n`, [2, '1001A']);
    bad(`${HEAD}\n20250128,1,PM10,Infinity,31\n`, [2, '1001A']);
    bad(`${HEAD}\n20250128,1,PM10,-3,31\n`, [2, '1001A'], /cannot be negative/);
  });

  it('a row with the wrong number of fields', () => {
    bad(`${HEAD}\n20250128,1,PM2.5,30\n`, [2], /line 2: expected 5 fields, found 4/);
    bad(`${HEAD}\n20250128,1,PM2.5,30,31,32\n`, [2]);
  });

  it('a bad date, hour or type, or a repeated row', () => {
    bad(`${HEAD}\n2025-01-28,1,PM2.5,30,31\n`, [2, 'date']);
    bad(`${HEAD}\n20250230,1,PM2.5,30,31\n`, [2, 'date']);
    bad(`${HEAD}\n20251328,1,PM2.5,30,31\n`, [2, 'date']);
    bad(`${HEAD}\n18990101,1,PM2.5,30,31\n`, [2, 'date']);
    bad(`${HEAD}\n20250128,24,PM2.5,30,31\n`, [2, 'hour']);
    bad(`${HEAD}\n20250128,1.5,PM2.5,30,31\n`, [2, 'hour']);
    bad(`${HEAD}\n20250128,1,PM1,30,31\n`, [2, 'type'], /unknown type "PM1"/);
    bad(`${HEAD}\n20250128,1,CO,1,1\n20250128,1,CO,1,1\n`, [3, 'type']);
  });

  it('a bad header', () => {
    bad('day,hour,type,1001A\n', [1]);
    bad('date,hour,type,1001A,1001A\n', [1, '5'], /repeated/);
    bad('date,hour,type,1001A,\n', [1, '5']);
  });

  it('bad quoting, at the line the row starts on', () => {
    bad(`${HEAD}\n20250128,1,PM2.5,30,31\n20250128,2,PM2.5,"30,31\n`, [3]);
  });

  it('counts lines through quoted line breaks', () => {
    bad(`${HEAD}\n20250128,1,PM2.5,"3\n0",31\n20250128,2,PM2.5,x,31\n`, [2, '1001A']);
    bad(`${HEAD}\n20250128,1,PM2.5,"30",31\n20250128,2,PM2.5,"3\n1",x\n20250128,3,PM2.5,x,1\n`, [3, '1001A']);
  });

  it('goes on past bad rows with onBadRow, reporting each', () => {
    const errors: LantianError[] = [];
    const r = readCnemcDaily(`${HEAD}\n20250128,1,PM2.5,30,31\n20250128,2,PM2.5,x,31\n20250128,3,PM2.5,32\n20250128,4,PM2.5,"3\n`, {
      name: 'f.csv',
      onBadRow: (e) => errors.push(e),
    });
    expect(errors.map((e) => e.path)).toEqual([['f.csv', 3, '1001A'], ['f.csv', 4], ['f.csv', 5]]);
    expect(r.hours).toBe(1);
    expect(Array.from(r.values.pm25 as Float64Array)).toEqual([30, 31]);
    // A bad header is never skipped.
    expectLantianError(() => readCnemcDaily('x\n', { onBadRow: () => {} }), 'MALFORMED_ROW', ['input', 1]);
  });

  it('an empty file, gzip given to the sync reader, bytes that are not UTF-8, bad arguments', () => {
    expectLantianError(() => readCnemcDaily('', { name: 'f.csv' }), 'EMPTY_INPUT', ['f.csv']);
    expectLantianError(() => readCnemcDaily(gz, { name: 'f.csv.gz' }), 'INVALID_INPUT', ['f.csv.gz']);
    expectLantianError(() => readCnemcDaily(new Uint8Array([0x64, 0xff, 0xfe]), { name: 'f.csv' }), 'INVALID_INPUT', ['f.csv']);
    expectLantianError(() => readCnemcDaily(42 as never), 'INVALID_TYPE', ['input']);
    expectLantianError(() => readCnemcDaily(HEAD, { name: 3 as never }), 'INVALID_TYPE', ['options', 'name']);
    expectLantianError(() => readCnemcDaily(HEAD, { stations: '1001A' as never }), 'INVALID_TYPE', ['options', 'stations']);
    expectLantianError(() => readCnemcDaily(HEAD, { onBadRow: true as never }), 'INVALID_TYPE', ['options', 'onBadRow']);
    expectLantianError(() => readCnemcDaily(HEAD, { station: [] } as never), 'UNKNOWN_OPTION', ['options', 'station']);
  });

  it('corrupt gzip data in the async reader', async () => {
    const broken = new Uint8Array(gz.subarray(0, 200));
    await expect(readCnemcDailyAsync(broken, { name: 'f.csv.gz' })).rejects.toMatchObject({ code: 'INVALID_INPUT', path: ['f.csv.gz'] });
    await expect(readCnemcDailyAsync(new TextEncoder().encode(`${HEAD}\n20250128,1,CO,1,2\n`))).resolves.toMatchObject({ hours: 1 });
  });
});

describe('readCnemcDailyFiles: a run of days into one frame input', () => {
  const day = (d: string, hours: ReadonlyArray<number>, codes = '1001A,1002A') =>
    `date,hour,type,${codes}\n${hours.map((h) => `${d},${h},PM2.5,${h},${h + 100}`).join('\n')}\n`;

  it('merges files in time, stations by first appearance, missing between', async () => {
    const progress: number[] = [];
    const r = await readCnemcDailyFiles(
      [
        { name: 'a.csv', data: day('20250128', [22, 23]) },
        { name: 'c.csv', data: () => day('20250129', [1], '1003A,1001A') },
        { name: 'b.csv', data: async () => new TextEncoder().encode(day('20250129', [0])) },
      ],
      { onProgress: (done, total) => progress.push(done * 10 + total) },
    );
    expect(progress).toEqual([13, 23, 33]);
    expect(r.start).toBe('2025-01-28 22:00');
    expect(r.hours).toBe(4);
    expect(r.stations).toEqual(['1001A', '1002A', '1003A']);
    // 1001A: 22, 23, 0 (b.csv), then 101 (c.csv, second column); 1002A: 122, 123, 100, —; 1003A: —, —, —, 1.
    expect(Array.from(r.values.pm25 as Float64Array)).toEqual([22, 23, 0, 101, 122, 123, 100, NaN, NaN, NaN, NaN, 1]);
  });

  it('reads the real file gzipped, and its station filter', async () => {
    const r = await readCnemcDailyFiles([{ name: 'china_sites_20250128.csv.gz', data: gz }], { stations: ['1870A'] });
    expect(r.stations).toEqual(['1870A']);
    expect(r.values.pm25?.[8]).toBe(21);
  });

  it('rejects a value given twice, no files, and bad arguments', async () => {
    await expect(readCnemcDailyFiles([{ name: 'a.csv', data: day('20250128', [1]) }, { name: 'b.csv', data: day('20250128', [1]) }])).rejects.toMatchObject({
      code: 'DUPLICATE_TIMESTAMP',
      path: ['b.csv'],
    });
    await expect(readCnemcDailyFiles([])).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
    await expect(readCnemcDailyFiles('a.csv' as never)).rejects.toMatchObject({ code: 'INVALID_TYPE', path: ['files'] });
    await expect(readCnemcDailyFiles([{ data: 'x' }] as never)).rejects.toMatchObject({ code: 'INVALID_TYPE', path: ['files', 0] });
    await expect(readCnemcDailyFiles([{ name: 'a.csv', data: day('20250128', [1]) }], { onProgress: 1 } as never)).rejects.toMatchObject({
      code: 'INVALID_TYPE',
    });
    // A bad row names its file.
    await expect(readCnemcDailyFiles([{ name: 'a.csv', data: day('20250128', [1]) }, { name: 'b.csv', data: `${HEAD}\n20250128,2,CO,x,1\n` }])).rejects.toMatchObject({
      code: 'MALFORMED_ROW',
      path: ['b.csv', 2, '1001A'],
    });
  });

  it('keeps a file without hours out of the time axis', async () => {
    const r = await readCnemcDailyFiles([{ name: 'a.csv', data: `${HEAD}\n` }, { name: 'b.csv', data: day('20250128', [5]) }]);
    expect(r).toMatchObject({ start: '2025-01-28 05:00', hours: 1, stations: ['1001A', '1002A'] });
    const empty = await readCnemcDailyFiles([{ name: 'a.csv', data: `${HEAD}\n` }, { name: 'b.csv', data: `${HEAD}\n` }]);
    expect(empty).toMatchObject({ hours: 0, values: {} });
  });
});
