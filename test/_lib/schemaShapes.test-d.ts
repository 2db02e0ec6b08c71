import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  type AqiConcentrationsSchema,
  type AttainmentTargetSchema,
  type ComprehensiveIndexValuesSchema,
  type CompletionSchema,
  type Indicator,
  type Pollutant,
  type SharedEntrySchema,
  type StationSchema,
} from '../../src/index.js';

// The zod/mini schemas keep the input and output types the classic schemas had (written out here by hand from the
// classic definitions): defaults make a key optional on input only, readonly stays readonly, omit/extend keep the rest.
describe('schema input and output types', () => {
  it('StationSchema: defaults optional on input, present on output', () => {
    expectTypeOf<z.input<typeof StationSchema>>().toEqualTypeOf<{
      code: string;
      name: string;
      city: string;
      longitude?: number | undefined;
      latitude?: number | undefined;
      zoneClass?: 1 | 2 | undefined;
      assessment?: boolean | undefined;
    }>();
    expectTypeOf<z.output<typeof StationSchema>>().toEqualTypeOf<{
      code: string;
      name: string;
      city: string;
      longitude?: number | undefined;
      latitude?: number | undefined;
      zoneClass: 1 | 2;
      assessment: boolean;
    }>();
  });

  it('AttainmentTargetSchema: the default pollutants', () => {
    expectTypeOf<z.output<typeof AttainmentTargetSchema>['pollutants']>().toEqualTypeOf<readonly Pollutant[]>();
    expectTypeOf<z.input<typeof AttainmentTargetSchema>['pollutants']>().toEqualTypeOf<readonly Pollutant[] | undefined>();
  });

  it('CompletionSchema: a readonly discriminated union', () => {
    expectTypeOf<z.output<typeof CompletionSchema>>().toEqualTypeOf<
      Readonly<{ kind: 'year'; year: number }> | Readonly<{ kind: 'range'; from: number; to: number }> | Readonly<{ kind: 'annual' }>
    >();
  });

  it('SharedEntrySchema: an inventory entry without emissions and derived, with shares', () => {
    type Shared = z.output<typeof SharedEntrySchema>;
    expectTypeOf<keyof Shared>().toEqualTypeOf<'label' | 'category' | 'subcategory' | 'group' | 'sector' | 'enterprise' | 'note' | 'shares'>();
    expectTypeOf<Shared['shares']['so2']>().toEqualTypeOf<number | undefined>();
  });

  it('ComprehensiveIndexValuesSchema and AqiConcentrationsSchema', () => {
    expectTypeOf<z.input<typeof ComprehensiveIndexValuesSchema>>().toEqualTypeOf<Record<Pollutant, number>>();
    expectTypeOf<z.output<typeof AqiConcentrationsSchema>>().toEqualTypeOf<Partial<Record<Indicator, number | null>>>();
    expectTypeOf<z.input<typeof AqiConcentrationsSchema>>().toEqualTypeOf<unknown>();
  });
});
