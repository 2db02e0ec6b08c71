import { describe, expect, it } from 'vitest';
import { AQI_SCHEMES, HJ633_2012_TABLE_1, HJ633_2026_TABLE_3 } from '../../src/index.js';

describe('the breakpoint tables as data', () => {
  it('differ between editions only in the IAQI-100 breakpoint of PM10 and PM2.5 (STANDARDS.md §1.1)', () => {
    const differences: string[] = [];
    for (const [indicator, column] of Object.entries(HJ633_2012_TABLE_1.columns)) {
      const next = HJ633_2026_TABLE_3.columns[indicator as keyof typeof HJ633_2026_TABLE_3.columns]!;
      column!.forEach((c, k) => {
        if (next[k] !== c) differences.push(`${indicator} row ${HJ633_2012_TABLE_1.iaqi[k]}: ${c} → ${next[k]}`);
      });
    }
    expect(differences).toEqual(['pm10_24h row 100: 150 → 120', 'pm25_24h row 100: 75 → 60']);
    expect(HJ633_2026_TABLE_3.iaqi).toEqual(HJ633_2012_TABLE_1.iaqi);
  });

  it('have strictly increasing, contiguous segments in every column', () => {
    for (const scheme of Object.values(AQI_SCHEMES)) {
      for (const column of Object.values(scheme.columns)) {
        column!.segments.forEach((s, k) => {
          expect(s.cHi).toBeGreaterThan(s.cLo);
          expect(s.iHi).toBeGreaterThan(s.iLo);
          if (k > 0) expect(s.cLo).toBe(column!.segments[k - 1]!.cHi);
        });
      }
    }
  });

  it('give every report indicator a column', () => {
    for (const scheme of Object.values(AQI_SCHEMES)) {
      const wanted = [...scheme.reports.daily, ...scheme.reports.hourly, ...(scheme.text?.hourly ?? []), ...(scheme.text?.fallbackInputs ?? [])];
      for (const indicator of wanted) expect(scheme.columns[indicator], `${scheme.edition} ${indicator}`).toBeDefined();
    }
  });

  it('are frozen', () => {
    expect(Object.isFrozen(AQI_SCHEMES['HJ633-2026'])).toBe(true);
    expect(Object.isFrozen(AQI_SCHEMES['HJ633-2026'].columns.pm25_24h!.segments)).toBe(true);
  });
});

describe('printed tables', () => {
  it('are deeply frozen', () => {
    expect(Object.isFrozen(HJ633_2026_TABLE_3.columns.pm25_24h)).toBe(true);
    expect(Object.isFrozen(HJ633_2012_TABLE_1.iaqi)).toBe(true);
  });
});
