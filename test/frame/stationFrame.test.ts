import { describe, expect, it } from 'vitest';
import { StationFrameSchema, assessStations, stationFrame } from '../../src/index.js';
import { codeOf } from '../_helpers/errors.js';

const base = () => ({ start: '2024-01-01 01:00', hours: 2, stations: ['A', 'B'], values: { pm25: new Float64Array([1, 2, 3, Number.NaN]) } });

describe('stationFrame', () => {
  it('keeps the arrays as they are and freezes the frame', () => {
    const input = base();
    const frame = stationFrame(input);
    expect(frame.values.pm25).toBe(input.values.pm25);
    expect(frame.hours).toBe(2);
    expect(frame.label).toBe('end');
    expect(frame.timeZone).toBeUndefined();
    expect(frame.stationRecords).toBeUndefined();
    expect(Object.isFrozen(frame)).toBe(true);
  });

  it('takes Station records, Float32 values, hour-start labels and a zone', () => {
    const frame = stationFrame({
      start: '2024-01-01T00:00Z',
      hours: 2,
      stations: [
        { code: '1001A', name: '万寿西宫', city: '北京' },
        { code: '1002A', name: '定陵', city: '北京', assessment: false },
      ],
      values: { o3: new Float32Array([10, 20, 30, 40]) },
      label: 'start',
      timeZone: 'UTC',
    });
    expect(frame.stations).toEqual(['1001A', '1002A']);
    expect(frame.stationRecords?.[1]?.assessment).toBe(false);
    expect(frame.start).toBe('2024-01-01T00:00+00:00');
  });

  it('rejects bad shapes, lengths, values and times with codes and paths', () => {
    expect(codeOf(() => stationFrame(null as never))).toEqual(['INVALID_TYPE', ['frame']]);
    expect(codeOf(() => stationFrame({ ...base(), extra: 1 } as never))).toEqual(['UNKNOWN_OPTION', ['frame', 'extra']]);
    expect(codeOf(() => stationFrame({ ...base(), values: { pm1: new Float64Array(4) } } as never))).toEqual(['UNKNOWN_POLLUTANT', ['frame', 'values', 'pm1']]);
    expect(codeOf(() => stationFrame({ ...base(), values: { pm25: [1, 2, 3, 4] } } as never))).toEqual(['INVALID_TYPE', ['frame', 'values', 'pm25']]);
    expect(codeOf(() => stationFrame({ ...base(), hours: 1.5 }))).toEqual(['NOT_AN_INTEGER', ['frame', 'hours']]);
    expect(codeOf(() => stationFrame({ ...base(), hours: 0 }))).toEqual(['OUT_OF_RANGE', ['frame', 'hours']]);
    expect(codeOf(() => stationFrame({ ...base(), stations: [] }))).toEqual(['OUT_OF_RANGE', ['frame', 'stations']]);
    expect(codeOf(() => stationFrame({ ...base(), stations: ['A', 'A'] }))).toEqual(['INVALID_INPUT', ['frame', 'stations', 1]]);
    expect(codeOf(() => stationFrame({ ...base(), hours: 3 }))).toEqual(['INVALID_INPUT', ['frame', 'values', 'pm25']]);
    expect(codeOf(() => stationFrame({ ...base(), values: { pm25: new Float64Array([1, -2, 3, 4]) } }))).toEqual(['NEGATIVE_VALUE', ['frame', 'values', 'pm25', 1]]);
    expect(codeOf(() => stationFrame({ ...base(), values: { pm25: new Float32Array([1, 2, Infinity, 4]) } }))).toEqual(['NOT_FINITE', ['frame', 'values', 'pm25', 2]]);
    expect(codeOf(() => stationFrame({ ...base(), start: '2024-01-01 01:30' }))).toEqual(['INVALID_DATE', ['frame', 'start']]);
    expect(codeOf(() => stationFrame({ ...base(), label: 'middle' as never }))).toEqual(['INVALID_INPUT', ['frame', 'label']]);
    expect(codeOf(() => stationFrame({ ...base(), timeZone: 'Mars/Olympus' }))).toEqual(['INVALID_OPTION', ['frame', 'timeZone']]);
    expect(codeOf(() => stationFrame({ ...base(), hours: 2 ** 30, stations: ['A', 'B', 'C'], values: {} }))).toEqual(['SERIES_TOO_LONG', ['frame', 'hours']]);
  });

  it('is the only way into the engine: a look-alike object is refused', () => {
    const frame = stationFrame(base());
    expect(codeOf(() => assessStations({ ...frame }, { year: 2024 }))).toEqual(['INVALID_TYPE', ['frame']]);
    expect(codeOf(() => assessStations(frame, undefined as never))).toEqual(['INVALID_TYPE', ['options']]);
    expect(codeOf(() => assessStations(frame, { year: 2024, onProgress: 1 as never }))).toEqual(['INVALID_TYPE', ['options', 'onProgress']]);
    expect(codeOf(() => assessStations(frame, { year: 2024, signal: {} as never }))).toEqual(['INVALID_TYPE', ['options', 'signal']]);
    expect(codeOf(() => assessStations(frame, { year: 2024, label: 'end' } as never))).toEqual(['UNKNOWN_OPTION', ['options', 'label']]);
    expect(codeOf(() => assessStations(frame, { year: 2024 }).report(2))).toEqual(['OUT_OF_RANGE', ['i']]);
  });

  it('has a schema for the shape', () => {
    expect(StationFrameSchema.safeParse(base()).success).toBe(true);
    expect(StationFrameSchema.safeParse({ ...base(), hours: -1 }).success).toBe(false);
  });
});
