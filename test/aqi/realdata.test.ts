import { describe, expect, it } from 'vitest';
import { hourlyAqi } from '../../src/index.js';
import { readCnemc, readDataText } from '../_helpers/realdata.js';

/**
 * The national platform's published real-time AQI (CNEMC) against lantian's HJ 633-2012 real-time report:
 * every station-hour of 2025-01-28 with all six 1h values and an official AQI must agree exactly.
 * Source and conventions: examples/data/README.md.
 */
describe('real published data: the national day 2025-01-28', () => {
  const table = readCnemc('china_sites_20250128.csv.gz');

  it('reproduces every published station-hour AQI', () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const [key, types] of table.rows) {
      const col = (t: string) => types.get(t) as ReadonlyArray<number | null>;
      const [aqi, so2, no2, co, o3, pm10, pm25] = ['AQI', 'SO2', 'NO2', 'CO', 'O3', 'PM10', 'PM2.5'].map(col);
      for (let s = 0; s < table.stations.length; s++) {
        const values = [so2![s], no2![s], co![s], o3![s], pm10![s], pm25![s]];
        const official = aqi![s];
        if (official === null || official === undefined || values.some((v) => v === null || v === undefined)) continue;
        const [so2_1h, no2_1h, co_1h, o3_1h, pm10_1h, pm25_1h] = values as [number, number, number, number, number, number];
        const r = hourlyAqi({ so2_1h, no2_1h, co_1h, o3_1h, pm10_1h, pm25_1h }, { edition: 'HJ633-2012' });
        compared++;
        if (r.aqi !== official) disagreements.push(`${key} ${table.stations[s]}: official ${official}, lantian ${r.aqi}`);
      }
    }
    expect(disagreements).toEqual([]);
    // 1,700+ stations × 24 hours, less missing values: the count guards against a silently empty comparison.
    expect(compared).toBe(35660);
  });
});

describe('real published data: rare cases of January–February 2025', () => {
  const lines = readDataText('edge_cases_extracted.csv').trim().split(/\r?\n/).slice(1);
  const rows = lines.map((line) => {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    const num = (i: number) => (cells[i] === '' ? null : Number(cells[i]));
    return {
      where: `${cells[1]} ${cells[2]} ${cells[3]}`,
      official: num(4),
      concentrations: { pm25_1h: num(5), pm10_1h: num(7), so2_1h: num(9), no2_1h: num(11), o3_1h: num(13), co_1h: num(17) },
      recomputed: num(19),
      note: cells[20] ?? '',
    };
  });

  it('holds the 45 rows', () => {
    expect(rows).toHaveLength(45);
  });

  it('agrees with the official AQI except for the low-value stand-ins', () => {
    for (const row of rows.filter((r) => !r.note.startsWith('Low-value'))) {
      expect(hourlyAqi(row.concentrations, { edition: 'HJ633-2012' }).aqi, row.where + ' ' + row.note).toBe(row.official);
    }
  });

  it('agrees with the independent recomputation on the stand-ins (whose official AQI used unpublished raw values)', () => {
    const standIns = rows.filter((r) => r.note.startsWith('Low-value'));
    expect(standIns.length).toBeGreaterThan(30);
    for (const row of standIns) {
      expect(hourlyAqi(row.concentrations, { edition: 'HJ633-2012' }).aqi, row.where).toBe(row.recomputed);
    }
  });

  it('lists both pollutants of the published tie (1607A 2025-01-02 07:00: PM10 96 and SO2 309 → 73)', () => {
    const tie = rows.find((r) => r.note.startsWith('tie'))!;
    const r = hourlyAqi(tie.concentrations, { edition: 'HJ633-2012' });
    expect(r.aqi).toBe(73);
    expect(r.primaryPollutants).toEqual(['so2', 'pm10']);
  });
});
