import { describe, expectTypeOf, it } from 'vitest';
import {
  type Completion,
  type EmissionPollutant,
  type EmissionShares,
  type Inventory,
  type MeasuresResult,
  type Project,
  type SourceCategory,
  applyMeasures,
  emissionShares,
  formatCnyAmount,
  investmentTotals,
  parseCnyAmount,
  parseCompletion,
  projectsDue,
  sourceCategory,
  topEmitters,
} from '../../src/index.js';

const inventory: Inventory = { region: 'X', year: 2014, entries: [{ category: 'mobile', emissions: { nox: 1 } }] };

describe('planning types: inventories, measures, amounts and projects', () => {
  it('types results', () => {
    expectTypeOf(parseCnyAmount('7000万')).toEqualTypeOf<string | null>();
    expectTypeOf(formatCnyAmount('70000000')).toEqualTypeOf<string>();
    expectTypeOf(parseCompletion('2019')).toEqualTypeOf<Completion>();
    expectTypeOf(emissionShares(inventory)).toEqualTypeOf<EmissionShares>();
    expectTypeOf(applyMeasures(inventory, [])).toEqualTypeOf<MeasuresResult>();
    expectTypeOf(topEmitters(inventory, 'nox').pollutant).toEqualTypeOf<EmissionPollutant>();
    expectTypeOf(sourceCategory('dust').id).toEqualTypeOf<SourceCategory>();
    expectTypeOf(investmentTotals([] as Project[]).yuan).toEqualTypeOf<string>();
    expectTypeOf(projectsDue([], '2020-01-01').overdue[0]?.deadline).toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Project['completion']>().toEqualTypeOf<Completion>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error an amount is text, not a number
    parseCnyAmount(7000);
    // @ts-expect-error a bare-number unit must be 元, 万元 or 亿元
    parseCnyAmount('7000', { unit: '千元' });
    // @ts-expect-error formatCnyAmount takes the exact yuan string, not a number
    formatCnyAmount(70000000);
    // @ts-expect-error an unknown source category
    sourceCategory('industry');
    // @ts-expect-error an unknown emission pollutant
    topEmitters(inventory, 'pm1');
    // @ts-expect-error an unknown grouping
    emissionShares(inventory, { by: 'county' });
    // @ts-expect-error emissions are keyed by pollutant
    const bad: Inventory = { region: 'X', year: 2014, entries: [{ emissions: { sox: 1 } }] };
    void bad;
    // @ts-expect-error a measure needs a match
    applyMeasures(inventory, [{ reductions: { so2: 0.5 } }]);
    // @ts-expect-error a grouping of investments by an unknown key
    investmentTotals([], { by: 'county' });
  });
});
