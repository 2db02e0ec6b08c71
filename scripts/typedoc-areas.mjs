// A typedoc plugin of this project: files each exported symbol of the API reference under its area (AQI, Series,
// Assessment, …), read from the folder of src/ that declares it, so the reference is grouped as the library is,
// without a tag on every declaration. A declaration that has its own @category keeps it.
import { relative, sep } from 'node:path';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';
import ts from 'typescript';

/** The area of each folder of src/ (and of src/errors.ts). */
const AREAS = {
  aqi: 'AQI',
  series: 'Series and statistics',
  stats: 'Series and statistics',
  standards: 'Standards (GB 3095, WHO, EU)',
  units: 'Units',
  assessment: 'Assessment',
  frame: 'National engine',
  planning: 'Planning',
  alerts: 'Alerts',
  plots: 'Plots',
  readers: 'Readers',
  editions: 'Editions',
  pollutants: 'Pollutants',
  rounding: 'Rounding',
  'errors.ts': 'Errors',
  _lib: 'Dates and time',
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  const root = process.cwd();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const parent = reflection.parent;
    if (parent === undefined || !parent.kindOf(ReflectionKind.Project | ReflectionKind.Module)) return;
    let symbol = context.getSymbolFromReflection(reflection);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = context.checker.getAliasedSymbol(symbol);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
    if (file === undefined) return;
    const [first] = relative(root, file).split(sep).slice(1);
    const area = first === undefined ? undefined : AREAS[first];
    if (area === undefined) return;
    reflection.comment ??= new Comment();
    if (reflection.comment.getTag('@category') === undefined) {
      reflection.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: area }]));
    }
  });
}
