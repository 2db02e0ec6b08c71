/**
 * The pictures of the main example: Liuzhou 2019 from its station data (calendar, annual items, stations) and the
 * plan's PM2.5 targets against what happened (trend) and its emission inventory (source shares), as Vega-Lite
 * specs; `writeLiuzhouPlots` writes them to one self-contained HTML page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type CityAssessment,
  type VegaLiteSpec,
  aqiCalendarSpec,
  comprehensiveIndex,
  emissionShares,
  inventorySpec,
  itemsSpec,
  plotPage,
  rankByIndex,
  stationsSpec,
  trajectory,
  trendSpec,
} from '../src/index.js';
import { loadPlotScripts } from '../src/cli/plotScripts.js';
import { derivedInventory } from './liuzhou/inventory.js';
import { seriesOf } from './liuzhou/plan.js';

/** The five plots, by the file name of their screenshots (docs/images/<name>.png). */
export interface LiuzhouPlots {
  readonly calendar: VegaLiteSpec;
  readonly items: VegaLiteSpec;
  readonly trend: VegaLiteSpec;
  readonly inventory: VegaLiteSpec;
  readonly stations: VegaLiteSpec;
}

/**
 * The station ranking of 2019 from the values over the valid days there are: the released data miss too many
 * days for a valid annual index (HJ 663), so the index is that of the observed values, and titled so.
 */
function observedRanking(city: CityAssessment) {
  return rankByIndex(
    city.stationAssessments.map(({ station, assessment }) => {
      const value = (pollutant: string, statistic: string) => assessment.items.find((i) => i.pollutant === pollutant && i.statistic === statistic)?.observed ?? null;
      const v = { so2: value('so2', 'annualMean'), no2: value('no2', 'annualMean'), pm10: value('pm10', 'annualMean'), pm25: value('pm25', 'annualMean'), co: value('co', 'p95Daily'), o3: value('o3', 'p90Mda8') };
      const complete = Object.values(v).every((x) => x !== null);
      return { id: station.name, index: complete ? comprehensiveIndex(v as Record<keyof typeof v, number>, { edition: 'GB3095-2012' }).total : null };
    }),
  );
}

/** The specs of Liuzhou's pictures from its 2019 assessment. */
export function liuzhouPlots(city: CityAssessment): LiuzhouPlots {
  const year = city.assessment;
  return {
    calendar: aqiCalendarSpec(year, { title: '柳州 Liuzhou 2019 · 空气质量指数日历 AQI calendar' }),
    items: itemsSpec(year, { title: '柳州 Liuzhou 2019 · 年评价项目 annual items (GB 3095-2012 Grade II)' }),
    trend: trendSpec(seriesOf('pm25_annual', true), {
      target: trajectory({ baseline: { year: 2014, value: 67 }, milestones: [{ year: 2018, value: 43 }, { year: 2020, value: 39 }, { year: 2025, value: 35 }] }),
      title: '柳州 Liuzhou PM₂.₅ · 实测与规划目标 observed and the plan’s targets',
      valueTitle: 'PM₂.₅ 年均浓度 annual mean (µg/m³)',
    }),
    inventory: inventorySpec(emissionShares(derivedInventory(), { by: 'group', pollutants: ['so2', 'nox', 'pm10', 'pm25', 'vocs'] }), {
      title: '柳州 Liuzhou 2014 · 排放源占比 source shares (plan §一(三))',
    }),
    stations: stationsSpec(observedRanking(city), {
      title: '柳州 Liuzhou 2019 · 站点排名 stations ranked',
      indexTitle: '综合指数（按有效天实测值）comprehensive index of the observed values',
    }),
  };
}

/** Writes the plots to a self-contained HTML page at `path` (directories made as needed); returns the path. */
export function writeLiuzhouPlots(city: CityAssessment, path: string): string {
  const plots = liuzhouPlots(city);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, plotPage(Object.values(plots), { title: '柳州 Liuzhou — lantian plots', scripts: loadPlotScripts() }));
  return path;
}
