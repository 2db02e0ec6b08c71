/**
 * The one place where the `assess` command calls the assessment engine. Today it assesses each station with
 * `assessYear` on its slice of the frame input (and the city with `assessCity`); on the national engine the body
 * becomes `assessStations(stationFrame(input), options)` (and `assessCities`), with the same result.
 */
import { type CityAssessment, type Station, type YearAssessment, assessCity, assessYear } from '../index.js';
import { type StationFrameInput, stationHourlyInput } from '../readers/index.js';

/** What to assess. */
export interface AssessFrameOptions {
  readonly year: number;
  /** The stations of one city: assess the city from them (HJ 663-2013: city values from its assessment stations). */
  readonly city?: ReadonlyArray<Station>;
  /** Called after each station with the number done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Each station's year and, with `city`, the city's. */
export interface FrameAssessment {
  readonly stations: ReadonlyArray<{ readonly code: string; readonly assessment: YearAssessment }>;
  readonly city: CityAssessment | undefined;
}

/** Assesses the year of every station of the input (only the city's, with `city`) and the city. */
export function assessFrameInput(input: StationFrameInput, options: AssessFrameOptions): FrameAssessment {
  const codes = options.city === undefined ? input.stations : options.city.map((s) => s.code).filter((c) => input.stations.includes(c));
  const stations = codes.map((code, i) => {
    const assessment = assessYear({ hourly: stationHourlyInput(input, code) }, { year: options.year });
    options.onProgress?.(i + 1, codes.length);
    return { code, assessment };
  });
  const city =
    options.city === undefined
      ? undefined
      : assessCity(
          options.city.filter((s) => input.stations.includes(s.code)).map((station) => ({ station, hourly: stationHourlyInput(input, station.code) })),
          { year: options.year, stationYears: false },
        );
  return { stations, city };
}
