/**
 * The `lantian` command end to end on the real samples of examples/data: in process through `run` (streams and
 * files passed in), and as a process (`tsx src/cli/main.ts`) for the exit codes scripts see. Expected values come
 * from the files themselves (the published AQI) and from the references of the assessment tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATION_BLOCK, assessmentPlots, stationBlocks } from '../../src/cli/commands.js';
import { assessYear } from '../../src/index.js';
import { progressBar } from '../../src/cli/files.js';
import { hourlyAqiRecords, readCnemcDailyAsync, toCsv, toJsonLines } from '../../src/readers/index.js';
import { type Io, processIo } from '../../src/cli/io.js';
import { EXIT, run } from '../../src/cli/run.js';
import { DATA_DIR } from '../_helpers/realdata.js';

const data = (name: string): string => join(DATA_DIR, name);
const REALTIME = [data('realtime/2022-01-01T00.csv'), data('realtime/2022-01-01T01.csv')];
const LIST = data('station_list_2022.02.13.csv');
const tmp = mkdtempSync(join(tmpdir(), 'lantian-cli-'));
const file = (name: string, text: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

async function lantian(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), progressStream: undefined, readFile: (p) => readFile(p) };
  const code = await run(args, io);
  return { code, out, err };
}

describe('lantian', () => {
  it('prints its help and version; an unknown command or none is a usage error', async () => {
    expect(await lantian('--help')).toMatchObject({ code: EXIT.ok, out: expect.stringContaining('Commands:') });
    expect(await lantian()).toMatchObject({ code: EXIT.usage, out: expect.stringContaining('Usage: lantian <command>') });
    expect(await lantian('--version')).toMatchObject({ code: 0, out: '0.1.0\n' });
    expect(await lantian('frobnicate')).toMatchObject({ code: EXIT.usage, err: expect.stringContaining("unknown command 'frobnicate'") });
    expect(await lantian('toString')).toMatchObject({ code: EXIT.usage });
    for (const command of ['aqi', 'hourly', 'assess']) {
      expect(await lantian(command, '--help')).toMatchObject({ code: 0, out: expect.stringContaining(`Usage: lantian ${command}`) });
    }
  });
});

describe('lantian aqi', () => {
  it('prints one report as a table or JSON', async () => {
    const r = await lantian('aqi', 'pm25_24h=75', 'o3_8h=120', '--edition', 'HJ633-2012');
    expect(r.code).toBe(0);
    expect(r.out).toContain('AQI 100 良 (HJ633-2012, daily report)');
    expect(r.out).toContain('primary pollutants: pm25');
    const json = JSON.parse((await lantian('aqi', 'pm25_24h=75', 'o3_8h=120', '--edition', 'HJ633-2012', '--json')).out);
    // O3 8h 120 → 66.7 → 67; PM2.5 75 → 100.
    expect([json.aqi, json.iaqi.o3_8h, json.primaryPollutants]).toEqual([100, 67, ['pm25']]);
  });

  it('selects the edition by date, and the real-time report with --hourly', async () => {
    // HJ 633-2026 (from 2026-03-01): PM2.5 75 → 100 + 15/55 × 50 = 113.6 → 114, alone: published (> 100).
    expect(JSON.parse((await lantian('aqi', 'pm25_24h=75', '--date', '2026-05-01', '--json')).out)).toMatchObject({ edition: 'HJ633-2026', aqi: 114 });
    const withheld = await lantian('aqi', 'pm25_24h=40', '--date', '2026-05-01');
    expect(withheld.out).toContain('AQI — — (HJ633-2026, daily report)');
    expect(withheld.out).toContain('withheld');
    expect(JSON.parse((await lantian('aqi', 'pm25_1h=36', '--hourly', '--edition', 'HJ633-2012', '--json')).out).aqi).toBe(52);
  });

  it('exits 1 for a bad command line and 2 for values lantian rejects', async () => {
    expect(await lantian('aqi')).toMatchObject({ code: 1, err: expect.stringContaining('give at least one') });
    expect(await lantian('aqi', 'pm25_24h')).toMatchObject({ code: 1 });
    expect(await lantian('aqi', 'pm25_24h=abc')).toMatchObject({ code: 1 });
    expect(await lantian('aqi', 'pm25_24h=7', '--edition', 'HJ633-2020')).toMatchObject({ code: 1 });
    expect(await lantian('aqi', 'pm25_24h=7', '--colour')).toMatchObject({ code: 1, err: expect.stringContaining("Unknown option '--colour'") });
    expect(await lantian('aqi', 'pm25_24h=-1')).toMatchObject({ code: 2, err: expect.stringContaining('Value must not be negative') });
    expect(await lantian('aqi', 'pm25_12h=1')).toMatchObject({ code: 2 });
    expect(await lantian('aqi', 'pm25_24h=1', '--edition', 'HJ633-2012', '--date', '2025-01-01')).toMatchObject({ code: 1, err: expect.stringContaining('not both') });
  });
});

describe('lantian hourly', () => {
  it('reproduces the published real-time AQI of the real-time files, as JSON lines', async () => {
    const r = await lantian('hourly', ...REALTIME, '--json');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    // 18 station rows at 00:00 and 14 at 01:00 in the files.
    expect(lines).toHaveLength(32);
    // The files: 1001A at 00:00 aqi 59, PM10 primary; 1873A at 01:00 aqi 115, PM2.5.
    expect(lines[0]).toEqual({
      station: '1001A',
      time: '2022-01-01 00:00',
      aqi: 59,
      level: 2,
      primaryPollutants: ['pm10'],
      edition: 'HJ633-2012',
      so2: 7,
      no2: 82,
      co: 1.2,
      o3: 34,
      pm10: 68,
      pm25: 36,
    });
    expect(lines.find((l) => l.station === '1873A' && l.time === '2022-01-01 01:00')).toMatchObject({ aqi: 115, primaryPollutants: ['pm25'] });
  });

  it('names stations and keeps one city with the station list', async () => {
    const r = await lantian('hourly', ...REALTIME, '--stations', LIST, '--city', '柳州市');
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n').slice(2);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatch(/^1870A\s+柳东小学\s+柳州\s+2022-01-01 00:00\s+89\s+良\s+pm25$/);
    const json = (await lantian('hourly', REALTIME[0] as string, '--stations', LIST, '--json')).out.split('\n')[0];
    expect(JSON.parse(json as string)).toMatchObject({ station: '1001A', name: '万寿西宫', city: '北京', aqi: 59 });
  });

  it('reads wide daily files too, and takes one edition when asked', async () => {
    const daily = file('china_sites_20260301.csv', 'date,hour,type,1001A\n20260301,0,PM2.5,80\n20260301,1,PM2.5,80\n');
    const lines = (await lantian('hourly', daily, '--json')).out.trim().split('\n').map((l) => JSON.parse(l));
    // 00:00 closes 28 February (HJ 633-2012: 80 → 107); 01:00 is 1 March (HJ 633-2026: 119).
    expect(lines.map((l) => [l.time, l.edition, l.aqi])).toEqual([
      ['2026-03-01 00:00', 'HJ633-2012', 107],
      ['2026-03-01 01:00', 'HJ633-2026', 119],
    ]);
    const fixed = (await lantian('hourly', daily, '--json', '--edition', 'HJ633-2012')).out.trim().split('\n');
    expect(fixed.map((l) => JSON.parse(l).aqi)).toEqual([107, 107]);
    const csv = (await lantian('hourly', daily, '--csv')).out.split('\r\n');
    expect(csv[0]).toBe('station,time,aqi,level,primaryPollutants,edition,so2,no2,co,o3,pm10,pm25');
    expect(csv[2]).toBe('1001A,2026-03-01 01:00,119,3,pm25,HJ633-2026,,,,,,80');
    expect(await lantian('hourly', daily, '--csv', '--json')).toMatchObject({ code: 1 });
    const table = await lantian('hourly', daily);
    expect(table.out).toMatch(/1001A\s+2026-03-01 01:00\s+119\s+轻度污染\s+pm25/);
  });

  it('writes a national day a block of stations at a time, the same text as all at once', async () => {
    const name = 'china_sites_20250128.csv.gz';
    const input = await readCnemcDailyAsync(readFileSync(data(name)), { name });
    const whole = hourlyAqiRecords(input);
    expect(stationBlocks(input, 1).flatMap((b) => hourlyAqiRecords(b))).toEqual(whole);
    expect(stationBlocks(input, STATION_BLOCK)).toHaveLength(Math.ceil(2026 / STATION_BLOCK));
    const csv = await lantian('hourly', data(name), '--csv');
    expect(csv.out).toBe(toCsv(whole));
    const json = await lantian('hourly', data(name), '--json');
    expect(json.out).toBe(toJsonLines(whole));
  });

  it('stops with exit code 2 on a bad file, naming the file and the line; --skip-bad reports and goes on', async () => {
    const head = 'timepoint,stationcode,pm2_5\n';
    const fields = file('fields.csv', `${head}2022-01-01T01:00:00,1001A,30\n2022-01-01T01:00:00,1002A\n2022-01-01T01:00:00,1003A,40\n`);
    const bad = await lantian('hourly', fields);
    expect(bad).toMatchObject({ code: EXIT.data, out: '' });
    expect(bad.err).toBe('lantian hourly: Malformed row in a data file at fields.csv[3]: line 3: expected 3 fields, found 2\n');
    const number = file('number.csv', `${head}2022-01-01T01:00:00,1001A,3O\n`);
    expect((await lantian('hourly', number)).err).toContain('number.csv[2].pm2_5: line 2, column pm2_5: expected a number, NA, / or empty, received "3O"');
    const skipped = await lantian('hourly', fields, number, '--skip-bad', '--json');
    expect(skipped.code).toBe(0);
    expect(skipped.out.trim().split('\n').map((l) => JSON.parse(l).station)).toEqual(['1001A', '1003A']);
    expect(skipped.err).toContain('lantian: skipped: Malformed row in a data file at fields.csv[3]');
    expect(skipped.err).toContain('lantian: 2 bad rows skipped');
  });

  it('exits 2 for a file it cannot read, 1 for a command line it cannot use', async () => {
    expect(await lantian('hourly', join(tmp, 'missing.csv'))).toMatchObject({ code: 2, err: expect.stringContaining('cannot read') });
    const corrupt = join(tmp, 'corrupt.csv.gz');
    writeFileSync(corrupt, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]));
    expect(await lantian('hourly', corrupt)).toMatchObject({ code: 2, err: expect.stringContaining('the gzip data are corrupt') });
    const latin1 = join(tmp, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('timepoint,stationcode,positionname\n2022-01-01T01:00:00,1001A,\xe9\n', 'latin1'));
    expect(await lantian('hourly', latin1)).toMatchObject({ code: 2, err: expect.stringContaining('latin1.csv: the bytes are not UTF-8 text') });
    expect(await lantian('hourly')).toMatchObject({ code: 1, err: expect.stringContaining('no data files given') });
    expect(await lantian('hourly', ...REALTIME, '--city', '柳州')).toMatchObject({ code: 1, err: expect.stringContaining('--city needs --stations') });
    expect(await lantian('hourly', ...REALTIME, '--stations', LIST, '--city', '蓝天')).toMatchObject({ code: 1 });
    expect(await lantian('hourly', ...REALTIME, '--edition', 'x')).toMatchObject({ code: 1 });
  });
});

describe('lantian assess', () => {
  // Liuzhou 2019 from its stations' hourly data (test/assessment/assessCity.test.ts gives the references: 349 days
  // with a valid city AQI, 319 good, 91.4 %; the PM2.5 mean over the valid days 34.645, cross-checked by numpy).
  const args = [data('liuzhou_2019.csv.gz'), '--year', '2019', '--stations', LIST, '--city', '柳州'];

  it('assesses the stations and the city, as a table', async () => {
    const r = await lantian('assess', ...args);
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n');
    expect(rows).toHaveLength(2 + 7 + 1);
    expect(rows[rows.length - 1]).toMatch(/^柳州\s+—\s+\(35\)/);
    expect(rows[rows.length - 1]).toMatch(/91\.4\s+undecided$/);
    expect(r.err).toContain('lantian: 2019, 8 places');
  });

  it('writes tidy records as CSV, and the assessments as JSON lines', async () => {
    const csv = (await lantian('assess', ...args, '--csv')).out.trim().split('\r\n');
    expect(csv[0]).toBe('station,time,pollutant,statistic,value,limit,valid,attains');
    expect(csv).toContain('柳州,2019,all,goodDaysRatio,91.4,,,');
    expect(csv).toContain('柳州,2019,all,validDays,349,,,');
    expect(csv).toContain('柳州,2019,pm25,annualMean,,35,false,');
    const json = (await lantian('assess', ...args, '--json')).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(json.map((j) => j.station)).toEqual(['1870A', '1871A', '1872A', '1873A', '1874A', '1875A', '3402A', '柳州']);
    const city = json[7].assessment;
    expect(city.days).toMatchObject({ validDays: 349, goodDays: 319 });
    expect(city.items.find((i: { pollutant: string; statistic: string }) => i.pollutant === 'pm25' && i.statistic === 'annualMean').observed).toBeCloseTo(331328069 / 9563400, 10); // exactly, as test/assessment/assessCity.test.ts
  });

  it('writes the plots of the city and its stations to a self-contained page (--plot)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lantian-plot-')), 'liuzhou.html');
    const r = await lantian('assess', ...args, '--plot', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`plots written to ${out}`);
    const page = readFileSync(out, 'utf8');
    // The calendar and items of 柳州; no ranking, since no station's 2019 meets the validity minimums (no index).
    expect(page).toContain('柳州 2019: daily AQI');
    expect(page).toContain('柳州 2019: annual items against their limits');
    expect(page).not.toContain('stations ranked by comprehensive index');
    expect(page).not.toMatch(/<script[^>]+src=/);
    expect(page.length).toBeGreaterThan(500_000);
  });

  it('assesses every station of the files without --city', async () => {
    const r = await lantian('assess', data('realtime/2022-01-01T00.csv'), '--year', '2022', '--json');
    expect(r.out.trim().split('\n')).toHaveLength(18);
  });

  it('needs --year, and one of --json and --csv', async () => {
    expect(await lantian('assess', ...REALTIME)).toMatchObject({ code: 1, err: expect.stringContaining('--year YYYY is required') });
    expect(await lantian('assess', ...REALTIME, '--year', '22')).toMatchObject({ code: 1 });
    expect(await lantian('assess', ...REALTIME, '--year', '2022', '--json', '--csv')).toMatchObject({ code: 1 });
  });
});

describe('the process io', () => {
  it('reads files and knows whether stderr is a terminal', async () => {
    const io = processIo();
    expect(io.progressStream === undefined).toBe(!process.stderr.isTTY);
    expect(new TextDecoder().decode(await io.readFile(REALTIME[0] as string))).toContain('timepoint');
    io.out('');
    io.err('');
  });
});

describe('the progress bar', () => {
  it('draws on a terminal and stays quiet otherwise', () => {
    let drawn = '';
    const stream = {
      isTTY: true,
      columns: 80,
      write: (t: string) => {
        drawn += t;
        return true;
      },
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
      on: () => stream,
      removeListener: () => stream,
    };
    const io = { out: () => {}, err: () => {}, readFile: async () => new Uint8Array(), progressStream: stream as never } satisfies Io;
    const bar = progressBar(io, 'reading', 3);
    bar.update(2);
    bar.stop();
    expect(drawn).toContain('reading');
    // Not a terminal (or a single step): no bar at all, so nothing is drawn anywhere.
    drawn = '';
    const none = progressBar({ ...io, progressStream: undefined }, 'reading', 3);
    none.update(1);
    none.stop();
    progressBar(io, 'reading', 1).stop();
    expect(drawn).toBe('');
  });
});

describe('lantian as a process', () => {
  const tsx = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const cli = (...args: string[]) => spawnSync(process.execPath, [tsx, 'src/cli/main.ts', ...args], { encoding: 'utf8' });

  it('exits 0 with data on stdout, 2 for bad data, 1 for a bad command line', () => {
    const ok = cli('aqi', 'pm25_24h=75', '--edition', 'HJ633-2012', '--json');
    expect([ok.status, JSON.parse(ok.stdout).aqi, ok.stderr]).toEqual([0, 100, '']);
    const bad = cli('hourly', file('bad.csv', 'timepoint,stationcode,pm2_5\n2022-01-01T01:00:00,1001A,x\n'));
    expect([bad.status, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toContain('bad.csv[2].pm2_5: line 2');
    expect(cli('assess').status).toBe(1);
    const fields = file('fields-spawn.csv', 'timepoint,stationcode,pm2_5\n2022-01-01T01:00:00,1001A,30\n2022-01-01T01:00:00,1002A\n');
    const skipped = cli('hourly', fields, '--skip-bad', '--json');
    expect([skipped.status, JSON.parse(skipped.stdout).station]).toEqual([0, '1001A']);
    expect(skipped.stderr).toContain('fields-spawn.csv[3]: line 3: expected 3 fields, found 2');
  }, 60_000);

  it('stops quietly when the reader of its output goes away', () => {
    const out = execFileSync('bash', ['-c', `"${process.execPath}" "${tsx}" src/cli/main.ts hourly ${REALTIME.join(' ')} | head -1`], { encoding: 'utf8' });
    expect(out).toMatch(/^station\s+time\s+AQI/);
    expect(readFileSync(REALTIME[0] as string, 'utf8')).toContain('timepoint');
  }, 60_000);
});

describe('the plots of an assessment', () => {
  // Two stations with constant, valid years: PM2.5 40 and 30 µg/m³ (indices 3.61 and 3.33 under GB 3095-2012).
  const year = (pm25: number) => {
    const days = (v: number) => ({ start: '2025-01-01', values: Array(365).fill(v) });
    return assessYear(
      { daily: { so2_24h: days(10), no2_24h: days(30), co_24h: days(0.8), o3_8h: days(120), pm10_24h: days(60), pm25_24h: days(pm25) } },
      { year: 2025 },
    );
  };
  it('ranks the stations with an index, and draws the calendar and items of the only or the city place', () => {
    const places = [
      { station: 'A', name: 'east', assessment: year(40) },
      { station: 'B', name: null, assessment: year(30) },
    ];
    const page = assessmentPlots(2025, places, undefined);
    expect(page).toContain('2025: stations ranked by comprehensive index');
    expect(page).not.toContain('daily AQI');
    const single = assessmentPlots(2025, places.slice(0, 1), undefined);
    expect(single).toContain('A east 2025: daily AQI');
    expect(single).not.toContain('stations ranked');
  });
});
