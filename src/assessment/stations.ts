import * as z from 'zod/mini';
import { LantianError } from '../errors.js';
import type { Grade } from '../standards/types.js';
import { ZONE_CLASSES, type ZoneClass } from '../standards/zones.js';
import { parseWith } from '../_lib/validate.js';

/**
 * A monitoring station (监测点位) as lantian models it: validates a station record at an app's boundary.
 */
export const StationSchema = z.strictObject({
  /** The national station code, e.g. `'1001A'`. */
  code: z.string().check(z.minLength(1), z.maxLength(32)),
  /** The station's name, e.g. `'万寿西宫'`. */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The city it belongs to, e.g. `'北京'`. */
  city: z.string().check(z.minLength(1), z.maxLength(200)),
  longitude: z.optional(z.number().check(z.minimum(-180), z.maximum(180))),
  latitude: z.optional(z.number().check(z.minimum(-90), z.maximum(90))),
  /** The functional zone class (GB 3095 §4.1); the grade it is judged by follows (§4.2). Default 2. */
  zoneClass: z._default(z.union(ZONE_CLASSES.map((c) => z.literal(c)) as [z.ZodMiniLiteral<1>, z.ZodMiniLiteral<2>]), 2),
  /**
   * Whether it is an assessment station counted in city values (城市点). Control (background) sites (对照点)
   * are not. Default `true`.
   */
  assessment: z._default(z.boolean(), true),
});

/** A monitoring station. */
export interface Station extends z.output<typeof StationSchema> {}
/** A station as given by a caller (zone class and assessment flag may be left to their defaults). */
export type StationInput = z.input<typeof StationSchema>;

/**
 * Validates a station record and fills its defaults (zone class 2, assessment station).
 *
 * @param input - The record.
 * @returns The station.
 * @throws {LantianError} `INVALID_TYPE`, `OUT_OF_RANGE`, `INVALID_INPUT` or `UNKNOWN_OPTION` (unknown key) with
 *   the path of the bad field.
 * @example
 * ```ts
 * station({ code: '1871A', name: '环保监测站', city: '柳州' });
 * //=> { code: '1871A', name: '环保监测站', city: '柳州', zoneClass: 2, assessment: true }
 * ```
 */
export function station(input: StationInput): Station {
  return parseWith(StationSchema, input, ['station']);
}

/**
 * The grade of limits a station is judged by: Grade I in a class 1 zone, Grade II in a class 2 zone
 * (GB 3095-2012 §4.2, GB 3095-2026 §4.2).
 *
 * @param s - A station.
 * @returns `1` or `2`.
 * @throws {LantianError} As {@link station} for an invalid record.
 * @example
 * ```ts
 * stationGrade({ code: '1002A', name: '定陵', city: '北京', zoneClass: 1 }); //=> 1
 * ```
 */
export function stationGrade(s: StationInput): Grade {
  return station(s).zoneClass;
}

/**
 * Reads the national station list in the CNEMC format (`监测点编码,监测点名称,城市,经度,纬度,对照点`, one station
 * per line, 对照点 `Y` for a control site). Control sites are not assessment stations. The list does not give
 * zone classes: every station gets class 2 unless `zoneClasses` names it. Unknown coordinates (blank or `-`) are
 * left out.
 *
 * @param text - The CSV text (header line first).
 * @param zoneClasses - Zone classes by station code, where not class 2.
 * @returns The stations in file order.
 * @throws {LantianError} `INVALID_TYPE` when `text` is not a string; `INVALID_INPUT` for a header or line that is
 *   not in the format or a station code given twice (path: the line index); the field codes of {@link station}
 *   for a bad field.
 * @example
 * ```ts
 * parseStationList('监测点编码,监测点名称,城市,经度,纬度,对照点\n1002A,定陵(对照点),北京,116.2202,40.2915,Y');
 * //=> [{ code: '1002A', name: '定陵(对照点)', city: '北京', longitude: 116.2202, latitude: 40.2915,
 * //      zoneClass: 2, assessment: false }]
 * ```
 */
export function parseStationList(text: string, zoneClasses: Readonly<Record<string, ZoneClass>> = {}): Station[] {
  if (typeof text !== 'string') throw new LantianError('INVALID_TYPE', ['text'], 'expected the CSV text');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const expected = ['监测点编码', '监测点名称', '城市', '经度', '纬度', '对照点'];
  if (expected.some((h, i) => header[i] !== h)) {
    throw new LantianError('INVALID_INPUT', ['text', 0], `expected the header ${expected.join(',')}`);
  }
  const seen = new Set<string>();
  return lines.slice(1).map((line, i) => {
    const [code = '', name = '', city = '', lon = '', lat = '', control = ''] = line.split(',').map((c) => c.trim());
    if (seen.has(code)) throw new LantianError('INVALID_INPUT', ['text', i + 1], `station ${code} appears twice`);
    seen.add(code);
    if (control !== 'Y' && control !== 'N') {
      throw new LantianError('INVALID_INPUT', ['text', i + 1], `control-site flag must be Y or N, received '${control}'`);
    }
    const input: Record<string, unknown> = { code, name, city, assessment: control === 'N', zoneClass: zoneClasses[code] ?? 2 };
    // Coordinates are blank or '-' where the list does not know them.
    if (lon !== '' && lon !== '-') input['longitude'] = Number(lon);
    if (lat !== '' && lat !== '-') input['latitude'] = Number(lat);
    return parseWith(StationSchema, input, ['text', i + 1]);
  });
}
