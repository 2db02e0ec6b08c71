import * as z from 'zod/mini';
import { type ErrorPath, LantianError } from '../errors.js';
import { MAX_YEAR, MIN_YEAR, type DateInput, beijingDay, civilFromDays, daysFromCivil, formatDay } from '../_lib/time.js';
import { YearSchema, mapEvery } from './_schemas.js';
import { describe, isRecord, parseWith, readOptions, requireMember } from '../_lib/validate.js';
import { YUAN_PATTERN, addYuan, formatCnyAmount, parseCnyAmount } from './cny.js';

/**
 * When a project is due, as plans write it: one year (`'2019'`, `'2020年'`), a range of years
 * (`'2018～2020年'`: due by the end of the last one) or every year (`'每年'`, recurring).
 */
export const CompletionSchema = z.discriminatedUnion('kind', [
  z.readonly(z.strictObject({ kind: z.literal('year'), year: YearSchema })),
  z
    .readonly(z.strictObject({ kind: z.literal('range'), from: YearSchema, to: YearSchema }))
    .check(z.refine((r) => r.from < r.to, { message: 'a range runs from an earlier to a later year', params: { code: 'OUT_OF_RANGE' } })),
  z.readonly(z.strictObject({ kind: z.literal('annual') })),
]);

/** When a project is due: `{ kind: 'year', year }`, `{ kind: 'range', from, to }` or `{ kind: 'annual' }`. */
export type Completion = z.infer<typeof CompletionSchema>;

/** The states of a project. */
export const PROJECT_STATUSES = ['planned', 'inProgress', 'completed', 'cancelled'] as const;

/** A project's state: `'planned'` (the default), `'inProgress'`, `'completed'` or `'cancelled'`. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * A key project (重点工程) of an attainment plan, one row of its project table: the domain (所属领域), the
 * enterprise (企业名称, absent where the table merges it with the measure), the measure (措施), the estimated
 * investment in yuan (an exact decimal string as {@link parseCnyAmount} returns; `null` where the table has a
 * dash), when it is due, the responsible units (责任单位) and its state.
 */
export const ProjectSchema = z.readonly(
  z.strictObject({
    id: z.optional(z.string()),
    domain: z.string().check(z.minLength(1)),
    enterprise: z.optional(z.string().check(z.minLength(1))),
    measure: z.string().check(z.minLength(1)),
    investment: z.nullable(
      z
        .string()
        .check(z.refine((s) => YUAN_PATTERN.test(s), { message: "an amount in yuan as a decimal string, e.g. '70000000'", params: { code: 'INVALID_AMOUNT' } })),
    ),
    completion: CompletionSchema,
    responsible: z.readonly(z.array(z.string().check(z.minLength(1)))),
    status: z.optional(z.enum(PROJECT_STATUSES)),
    note: z.optional(z.string()),
  }),
);

/** A key project: see {@link ProjectSchema}. */
export interface Project extends z.infer<typeof ProjectSchema> {}

const RANGE_RE = /^(\d{4})\s*年?\s*[～~〜\-－—–至到]+\s*(\d{4})\s*年?$/;
const YEAR_RE = /^(\d{4})\s*年?$/;

function readYear(text: string, path: ErrorPath, original: string): number {
  const year = Number(text);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new LantianError('INVALID_DATE', path, `no such year in ${describe(original)}`);
  return year;
}

/**
 * Reads a completion time as plans write it: `'2019'`, `'2020年'` (a year), `'2018～2020年'` (a range; also
 * with `~`, `-`, `—`, `至`), `'每年'` (every year).
 *
 * @param text - The completion cell.
 * @returns The {@link Completion}.
 * @throws {LantianError} `INVALID_TYPE` when `text` is not a string.
 * @throws {LantianError} `INVALID_DATE` when it is none of these forms, a year outside 1900…2200, or a range
 * that does not run forward.
 * @example
 * ```ts
 * parseCompletion('2019'); //=> { kind: 'year', year: 2019 }
 * parseCompletion('2018～2020年'); //=> { kind: 'range', from: 2018, to: 2020 }
 * parseCompletion('每年'); //=> { kind: 'annual' }
 * ```
 */
export function parseCompletion(text: string): Completion {
  return readCompletion(text, ['text']);
}

function readCompletion(text: unknown, path: ErrorPath): Completion {
  if (typeof text !== 'string') throw new LantianError('INVALID_TYPE', path, `expected a string, received ${describe(text)}`);
  const s = text.trim();
  if (s === '每年') return { kind: 'annual' };
  const year = YEAR_RE.exec(s);
  if (year) return { kind: 'year', year: readYear(year[1] as string, path, text) };
  const range = RANGE_RE.exec(s);
  if (range) {
    const from = readYear(range[1] as string, path, text);
    const to = readYear(range[2] as string, path, text);
    if (from >= to) throw new LantianError('INVALID_DATE', path, `a range must run forward: ${describe(text)}`);
    return { kind: 'range', from, to };
  }
  throw new LantianError('INVALID_DATE', path, `expected a year, a range such as '2018～2020年' or '每年', received ${describe(text)}`);
}

/** The cells of a project table row, as the plan prints them. */
export interface ProjectRow {
  readonly id?: string;
  readonly domain: string;
  readonly enterprise?: string;
  readonly measure: string;
  /** The investment cell: `'7000万'`, `'2.15亿'`, `'—'` … */
  readonly investment: string;
  /** The completion cell: `'2019'`, `'2018～2020年'`, `'每年'` … */
  readonly completion: string;
  /** The responsible-units cell, units separated by 、 (or commas, semicolons): `'市环保局、柳钢'`. */
  readonly responsible: string;
  readonly status?: ProjectStatus;
  readonly note?: string;
}

const ROW_KEYS = ['id', 'domain', 'enterprise', 'measure', 'investment', 'completion', 'responsible', 'status', 'note'];

/**
 * Turns a project table row, as printed, into a {@link Project}: the investment through
 * {@link parseCnyAmount}, the completion through {@link parseCompletion}, the responsible units split at 、
 * (and `,` `，` `;` `；`), empty pieces dropped.
 *
 * @param row - The row's cells as text.
 * @returns The project.
 * @throws {LantianError} `INVALID_TYPE` for a row that is not an object or a cell that is not a string.
 * @throws {LantianError} `UNKNOWN_OPTION` for an unknown cell name.
 * @throws {LantianError} `INVALID_AMOUNT` for an investment that does not parse (path `['row', 'investment']`).
 * @throws {LantianError} `INVALID_DATE` for a completion that does not parse.
 * @throws {LantianError} `INVALID_INPUT` for an empty domain, measure or unit list, or an unknown status.
 * @example
 * ```ts
 * parseProject({ domain: '深化工业源治理', enterprise: '柳钢', measure: '焦炉煤气脱硫',
 *   investment: '7000万', completion: '2019', responsible: '市环保局、柳钢' });
 * //=> { domain: '深化工业源治理', enterprise: '柳钢', measure: '焦炉煤气脱硫', investment: '70000000',
 * //     completion: { kind: 'year', year: 2019 }, responsible: ['市环保局', '柳钢'] }
 * ```
 */
export function parseProject(row: ProjectRow): Project {
  const cells = readOptions(row, ROW_KEYS, ['row']);
  if (!isRecord(row)) throw new LantianError('INVALID_TYPE', ['row'], `expected a row object, received ${describe(row)}`);
  for (const key of Object.keys(cells)) {
    const value = cells[key];
    if (value !== undefined && typeof value !== 'string') {
      throw new LantianError('INVALID_TYPE', ['row', key], `expected a string, received ${describe(value)}`);
    }
  }
  const text = (key: string): string => {
    const value = cells[key];
    if (typeof value !== 'string') throw new LantianError('INVALID_TYPE', ['row', key], `expected a string, received ${describe(value)}`);
    return value;
  };
  let investment: string | null;
  try {
    investment = parseCnyAmount(text('investment'));
  } catch (error) {
    if (error instanceof LantianError) throw new LantianError(error.code, ['row', 'investment'], error.detail);
    /* c8 ignore next */
    throw error;
  }
  const responsible = text('responsible')
    .split(/[、,，;；]/)
    .map((unit) => unit.trim())
    .filter((unit) => unit !== '');
  const project: Record<string, unknown> = {
    domain: text('domain').trim(),
    measure: text('measure').trim(),
    investment,
    completion: readCompletion(text('completion'), ['row', 'completion']),
    responsible,
  };
  for (const key of ['id', 'enterprise', 'status', 'note'] as const) {
    if (cells[key] !== undefined) project[key] = key === 'enterprise' ? text(key).trim() : cells[key];
  }
  if (responsible.length === 0) throw new LantianError('INVALID_INPUT', ['row', 'responsible'], 'no responsible unit');
  return parseWith(ProjectSchema, project, ['row']);
}

function readProjects(projects: unknown): ReadonlyArray<Project> {
  if (!Array.isArray(projects)) {
    throw new LantianError('INVALID_TYPE', ['projects'], `expected an array of projects, received ${describe(projects)}`);
  }
  return mapEvery(projects, (project, i) => parseWith(ProjectSchema, project, ['projects', i]));
}

/** The last year a project may finish in (the year of a one-year completion, the end of a range). */
function deadlineYear(completion: Completion): number | null {
  return completion.kind === 'year' ? completion.year : completion.kind === 'range' ? completion.to : null;
}

/** How {@link investmentTotals} groups projects. */
export type InvestmentGrouping = 'domain' | 'year' | 'responsible' | 'enterprise';

const GROUPINGS: ReadonlyArray<InvestmentGrouping> = ['domain', 'year', 'responsible', 'enterprise'];

/** One group of {@link InvestmentTotals}. */
export interface InvestmentGroup {
  /** The domain, the deadline year (`'2020'`; `'annual'` for 每年), the unit or the enterprise (`null`: none named). */
  readonly key: string | null;
  /** Exact sum in yuan of the group's stated investments. */
  readonly yuan: string;
  /** The sum as plans write it ({@link formatCnyAmount}). */
  readonly display: string;
  /** Projects in the group. */
  readonly projects: number;
  /** Projects in the group without a stated amount (a dash). */
  readonly unpriced: number;
}

/** The result of {@link investmentTotals}. */
export interface InvestmentTotals {
  readonly by: InvestmentGrouping;
  /** Exact sum in yuan over all projects (each counted once, also under `by: 'responsible'`). */
  readonly yuan: string;
  readonly display: string;
  readonly projects: number;
  readonly unpriced: number;
  /** The groups in order of first appearance (by year: ascending, `'annual'` last). */
  readonly groups: ReadonlyArray<InvestmentGroup>;
}

/** Options of {@link investmentTotals}. */
export interface InvestmentTotalsOptions {
  /** The grouping: `'domain'` (default), `'year'` (deadline year), `'responsible'` or `'enterprise'`. */
  readonly by?: InvestmentGrouping;
}

/**
 * Total investment of a project portfolio, exact to the fen, overall and by domain, deadline year, responsible
 * unit or enterprise.
 *
 * Conventions, since plans give one estimate per project and no yearly phasing: a project due over a range of
 * years counts in its last year; a recurring project (`每年`) counts its stated amount once, under `'annual'`.
 * Under `by: 'responsible'` a project counts in full for every unit it names, so the groups overlap and their
 * sum exceeds the total.
 *
 * @param projects - The projects ({@link ProjectSchema}).
 * @param options - `by`.
 * @returns The totals as exact yuan strings and display texts.
 * @throws {LantianError} `INVALID_TYPE`, `INVALID_INPUT`, `INVALID_AMOUNT`, `OUT_OF_RANGE` or `UNKNOWN_OPTION`
 * for a malformed project (path `['projects', i, …]`).
 * @throws {LantianError} `UNKNOWN_OPTION` or `INVALID_OPTION` for bad options.
 * @example
 * ```ts
 * const projects = [
 *   parseProject({ domain: '深化工业源治理', enterprise: '柳钢', measure: '焦炉煤气脱硫', investment: '7000万', completion: '2019', responsible: '市环保局、柳钢' }),
 *   parseProject({ domain: '深化工业源治理', enterprise: '柳钢', measure: '焦炉烟气脱硫脱硝', investment: '2.15亿', completion: '2018～2020年', responsible: '市环保局、柳钢' }),
 *   parseProject({ domain: '调整能源结构', measure: '柳电关停', investment: '—', completion: '2018年', responsible: '市工信委、市环保局、柳电' }),
 * ];
 * investmentTotals(projects).display; //=> '2.85亿'
 * investmentTotals(projects, { by: 'year' }).groups.map((g) => [g.key, g.display]);
 * //=> [['2018', '0元'], ['2019', '7000万'], ['2020', '2.15亿']]
 * ```
 */
export function investmentTotals(projects: ReadonlyArray<Project>, options?: InvestmentTotalsOptions): InvestmentTotals {
  const opts = readOptions(options, ['by']);
  const by = opts['by'] === undefined ? 'domain' : requireMember(opts['by'], GROUPINGS, ['options', 'by'], 'INVALID_OPTION');
  const list = readProjects(projects);
  const groups = new Map<string | null, { yuan: string; projects: number; unpriced: number }>();
  let total = '0';
  let unpriced = 0;
  for (const project of list) {
    if (project.investment === null) unpriced++;
    else total = addYuan(total, project.investment);
    for (const key of keysOf(project, by)) {
      const group = groups.get(key) ?? { yuan: '0', projects: 0, unpriced: 0 };
      group.projects++;
      if (project.investment === null) group.unpriced++;
      else group.yuan = addYuan(group.yuan, project.investment);
      groups.set(key, group);
    }
  }
  let entries = [...groups];
  if (by === 'year') entries = entries.sort(([a], [b]) => (a === 'annual' ? 1 : b === 'annual' ? -1 : Number(a) - Number(b)));
  return {
    by,
    yuan: total,
    display: formatCnyAmount(total),
    projects: list.length,
    unpriced,
    groups: entries.map(([key, g]) => ({ key, yuan: g.yuan, display: formatCnyAmount(g.yuan), projects: g.projects, unpriced: g.unpriced })),
  };
}

function keysOf(project: Project, by: InvestmentGrouping): ReadonlyArray<string | null> {
  switch (by) {
    case 'domain':
      return [project.domain];
    case 'enterprise':
      return [project.enterprise ?? null];
    case 'responsible':
      return [...new Set(project.responsible)];
    case 'year': {
      const year = deadlineYear(project.completion);
      return [year === null ? 'annual' : String(year)];
    }
  }
}

/** One project in a {@link ProjectSchedule}. */
export interface ScheduledProject {
  /** Its position in the input. */
  readonly index: number;
  readonly id: string | undefined;
  readonly enterprise: string | undefined;
  readonly measure: string;
  /** The last day it may finish (31 December of its deadline year); `null` for a recurring project. */
  readonly deadline: string | null;
  readonly status: ProjectStatus;
}

/** The result of {@link projectsDue}: every project in exactly one list. */
export interface ProjectSchedule {
  /** The day judged (Beijing time), `YYYY-MM-DD`. */
  readonly date: string;
  /** Not completed or cancelled, and the deadline has passed. */
  readonly overdue: ReadonlyArray<ScheduledProject>;
  /** Not completed or cancelled, due by the end of the date's year. */
  readonly dueThisYear: ReadonlyArray<ScheduledProject>;
  /** Recurring (每年), not cancelled: due again this year. */
  readonly recurring: ReadonlyArray<ScheduledProject>;
  /** Not completed or cancelled, due in a later year. */
  readonly later: ReadonlyArray<ScheduledProject>;
  /** Completed or cancelled. */
  readonly closed: ReadonlyArray<ScheduledProject>;
}

/**
 * Which projects are overdue or due on a given day. A project is due by 31 December of its deadline year (the
 * year, or the last year of a range); it is overdue from the next day unless its `status` is `'completed'` or
 * `'cancelled'`. A project without a status is `'planned'`. The date is an argument — never the clock — so the
 * result does not depend on when it is computed.
 *
 * @param projects - The projects ({@link ProjectSchema}).
 * @param date - The day to judge: `'YYYY-MM-DD'`, an ISO date-time, a `Date` or epoch ms (read in Beijing time).
 * @returns Each project in one of `overdue`, `dueThisYear`, `recurring`, `later`, `closed`, in input order.
 * @throws {LantianError} `INVALID_TYPE`, `INVALID_INPUT`, `INVALID_AMOUNT`, `OUT_OF_RANGE` or `UNKNOWN_OPTION`
 * for a malformed project.
 * @throws {LantianError} `INVALID_DATE` or `INVALID_TYPE` for a bad date.
 * @example
 * ```ts
 * const projects = [
 *   parseProject({ domain: '调整能源结构', measure: '柳电关停', investment: '—', completion: '2018年', responsible: '市工信委、市环保局、柳电' }),
 *   parseProject({ domain: '深化工业源治理', enterprise: '柳钢', measure: '焦炉煤气脱硫', investment: '7000万', completion: '2019', responsible: '市环保局、柳钢' }),
 * ];
 * const due = projectsDue(projects, '2019-03-01');
 * due.overdue.map((p) => p.measure); //=> ['柳电关停']
 * due.dueThisYear.map((p) => p.deadline); //=> ['2019-12-31']
 * ```
 */
export function projectsDue(projects: ReadonlyArray<Project>, date: DateInput): ProjectSchedule {
  const list = readProjects(projects);
  const day = beijingDay(date, ['date']);
  const year = civilFromDays(day).year;
  const overdue: ScheduledProject[] = [];
  const dueThisYear: ScheduledProject[] = [];
  const recurring: ScheduledProject[] = [];
  const later: ScheduledProject[] = [];
  const closed: ScheduledProject[] = [];
  list.forEach((project, index) => {
    const status = project.status ?? 'planned';
    const end = deadlineYear(project.completion);
    const deadline = end === null ? null : formatDay(daysFromCivil(end, 12, 31));
    const item: ScheduledProject = { index, id: project.id, enterprise: project.enterprise, measure: project.measure, deadline, status };
    if (status === 'cancelled' || (status === 'completed' && end !== null)) closed.push(item);
    else if (end === null) recurring.push(item);
    else if (end < year) overdue.push(item);
    else if (end === year) dueThisYear.push(item);
    else later.push(item);
  });
  return { date: formatDay(day), overdue, dueThisYear, recurring, later, closed };
}

