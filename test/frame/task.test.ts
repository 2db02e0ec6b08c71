import { describe, expect, it } from 'vitest';
import { assessStations, stationFrame } from '../../src/index.js';
import { type ColumnsPart, type TaskMessage, runTask } from '../../src/frame/_task.js';
import { randomValues } from './_random.js';

describe('runTask (the work of a worker, run here)', () => {
  const hours = 365 * 24;
  const stations = Array.from({ length: 70 }, (_, i) => `S${i}`);
  const pm25 = randomValues('pm25', stations.length, hours, 77);
  const frame = stationFrame({ start: '2025-01-01 01:00', hours, stations, values: { pm25 } });
  const task = (options: Record<string, unknown>, firstBlock = 0) => ({
    start: frame.start,
    hours,
    stations,
    values: { pm25 },
    label: frame.label,
    timeZone: frame.timeZone,
    options,
    counter: new Int32Array(2),
    firstBlock,
    whole: {},
  });

  it('takes every block, posts each with its number and nothing to transfer (no buffer detached in a worker), then done', () => {
    const messages: Array<[TaskMessage, ArrayBuffer[]]> = [];
    runTask(task({ year: 2025 }, 3), (m, t) => messages.push([m, t]));
    expect(messages.map(([m]) => m.kind)).toEqual(['block', 'block', 'done']);
    const [first, second] = messages as [[Extract<TaskMessage, { kind: 'block' }>, ArrayBuffer[]], [Extract<TaskMessage, { kind: 'block' }>, ArrayBuffer[]]];
    expect([first[0].block, second[0].block]).toEqual([3, 4]);
    expect([first[1], second[1]]).toEqual([[], []]);
    const expected = assessStations(frame, { year: 2025 });
    const joined = Float64Array.from([...(first[0].part as ColumnsPart).aqi, ...(second[0].part as ColumnsPart).aqi]);
    expect(joined).toEqual(expected.dailyAqi);
  });

  it('posts an error with its code and path', () => {
    const messages: TaskMessage[] = [];
    runTask(task({ year: 2025, grade: 7 }), (m) => messages.push(m));
    expect(messages).toEqual([{ kind: 'error', error: expect.objectContaining({ name: 'LantianError', code: 'INVALID_OPTION', path: ['options', 'grade'] }) }]);
  });
});
