/**
 * The one place where the `assess` command calls the national engine: `assessStations` on a frame of every station
 * read, or `assessCities` on a frame of the city's stations (with their years).
 */
import { type CityAssessment, type Station, type YearAssessment, assessCities, assessStations, stationFrame } from '../index.js';
import type { CnemcFrameInput } from '../readers/index.js';

/** What to assess. */
export interface AssessFrameOptions {
  readonly year: number;
  /** The stations of one city: assess the city from them (HJ 663-2013: city values from its assessment stations). */
  readonly city?: ReadonlyArray<Station>;
  /** Called after each block of stations with the number done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Each station's year and, with `city`, the city's. */
export interface FrameAssessment {
  readonly stations: ReadonlyArray<{ readonly code: string; readonly assessment: YearAssessment }>;
  readonly city: CityAssessment | undefined;
}

/** Assesses the year of every station of the input (only the city's, with `city`) and the city, on the engine. */
export function assessFrameInput(input: CnemcFrameInput, options: AssessFrameOptions): FrameAssessment {
  const progress = options.onProgress === undefined ? {} : { onProgress: options.onProgress };
  if (options.city === undefined) {
    const r = assessStations(stationFrame(input), { year: options.year, ...progress });
    return { stations: r.stations.map((code, i) => ({ code, assessment: r.report(i) })), city: undefined };
  }
  const members = options.city.filter((s) => input.stations.includes(s.code));
  const frame = stationFrame({ ...rowsOf(input, members.map((s) => s.code)), stations: members });
  const r = assessCities(frame, members, { year: options.year, ...progress });
  const columns = r.stationColumns;
  const stations = columns === undefined ? [] : columns.stations.map((code, i) => ({ code, assessment: columns.report(i) }));
  return { stations, city: r.report(0) };
}

/** The input's rows of the given stations, in their order (a copy of those rows only). */
function rowsOf(input: CnemcFrameInput, codes: ReadonlyArray<string>): CnemcFrameInput {
  const { hours } = input;
  const rows = codes.map((code) => input.stations.indexOf(code));
  const values: Partial<Record<keyof CnemcFrameInput['values'], Float64Array>> = {};
  for (const [p, all] of Object.entries(input.values) as Array<[keyof CnemcFrameInput['values'], Float64Array]>) {
    const out = new Float64Array(codes.length * hours);
    rows.forEach((row, i) => out.set(all.subarray(row * hours, (row + 1) * hours), i * hours));
    values[p] = out;
  }
  return { ...input, stations: codes, values };
}
