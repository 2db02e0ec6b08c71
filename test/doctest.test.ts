/**
 * Doc-comment examples are contracts: every `//=> value` comment of an `@example` in src/ is checked. The statement
 * it belongs to — on the same line, or spread over the lines above it — is run with the public API in scope and its
 * value compared with the literal written, which may continue over several `//     …` lines; prose after the
 * literal (`//=> 3 (three days)`) is ignored. A `//=>` that belongs to no statement, or whose value does not start
 * with a literal, fails the suite: no example is left uncompared.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lantian from '../src/index.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  readonly where: string;
  readonly code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)) {
      const code = (m[1] as string)
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .join('\n');
      const line = text.slice(0, m.index).split('\n').length;
      out.push({ where: `${relative(SRC, file)}:${line}`, code });
    }
  }
  return out;
}

/** The literal at the start of an expected-value text, or `undefined` when none parses. */
function literal(text: string): { value: unknown } | undefined {
  const cuts = [text.length];
  for (const marker of [' (', ' —', ' //', ' —', '; ']) {
    let i = text.indexOf(marker);
    while (i > 0) {
      cuts.push(i);
      i = text.indexOf(marker, i + 1);
    }
  }
  for (const cut of cuts.sort((a, b) => b - a)) {
    const candidate = text.slice(0, cut).trim();
    if (candidate === '') continue;
    try {
      // eslint-disable-next-line no-new-func
      return { value: new Function(`return (${candidate});`)() };
    } catch {
      // not a literal: try a shorter prefix
    }
  }
  return undefined;
}

interface Expected {
  /** The expected-value text: what follows `//=>`, with the `//`-continued lines joined. */
  readonly text: string;
  /** The literal it starts with, or `undefined` when none parses. */
  readonly value: { value: unknown } | undefined;
  /** The statement whose value it is, whitespace collapsed (names an allow-list entry). */
  readonly statement: string;
}

/** An expected-value text continued on the next line: `//` and two or more spaces (not a new `//=>`). */
const CONTINUED = /^\s*\/\/(?!=>)\s{2,}(.*)$/;

/**
 * Turns every `//=> value` comment into a check of the statement that ends just before it — on the same line
 * (`expr; //=> value`) or on the lines above (an expression spread over several lines, or `expr;` alone on its
 * line). A value may continue on the following `//     …` lines. An expression statement is recorded as is, a
 * `const x = …` declaration by the value of `x`. Returns the runnable body, the expected values and the `//=>`
 * comments that no statement could be found for.
 */
function instrument(code: string): { body: string; expected: Expected[]; orphans: string[] } {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const statements: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isSourceFile(node) || ts.isBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) statements.push(...node.statements);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const lines = code.split('\n');
  const expected: Expected[] = [];
  const orphans: string[] = [];
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const taken = new Set<ts.Statement>();
  let offset = 0;
  for (let i = 0; i < lines.length; offset += (lines[i] as string).length + 1, i++) {
    const line = lines[i] as string;
    const at = line.indexOf('//=>');
    if (at < 0) continue;
    const pos = offset + at;
    let text = line.slice(at + 4).trim();
    for (let j = i + 1; j < lines.length; j++) {
      const more = CONTINUED.exec(lines[j] as string);
      if (!more) break;
      text += ` ${(more[1] as string).trim()}`;
    }
    // The statement that ends last before the comment (the innermost of those ending together: `if (c) f();`),
    // with nothing but blanks and comments between them; possibly inside a block (`try { f(); //=> 1 }`).
    const later = (a: ts.Statement, b: ts.Statement): boolean => a.end > b.end || (a.end === b.end && a.getStart(source) > b.getStart(source));
    const stmt = statements.filter((st) => st.end <= pos).reduce<ts.Statement | undefined>((best, st) => (best === undefined || later(st, best) ? st : best), undefined);
    const gap = stmt === undefined ? '' : code.slice(stmt.end, pos);
    const overlaps = stmt !== undefined && edits.some((e) => e.from < stmt.end && stmt.getStart(source) < e.to);
    if (stmt === undefined || overlaps || taken.has(stmt) || !/^(\s|\/\/[^\n]*\n)*$/.test(gap)) {
      orphans.push(`//=> ${text}`);
      continue;
    }
    taken.add(stmt);
    const index = expected.length;
    let recorded: string | undefined;
    if (ts.isExpressionStatement(stmt)) {
      recorded = `__results[${index}] = (${stmt.expression.getText(source)});`;
    } else if (ts.isVariableStatement(stmt) && stmt.declarationList.declarations.length === 1) {
      const name = (stmt.declarationList.declarations[0] as ts.VariableDeclaration).name;
      if (ts.isIdentifier(name)) recorded = `${stmt.getText(source)}\n__results[${index}] = ${name.text};`;
    }
    if (recorded === undefined) {
      orphans.push(`//=> ${text}`);
      continue;
    }
    edits.push({ from: stmt.getStart(source), to: stmt.end, text: recorded });
    expected.push({ text, value: literal(text), statement: stmt.getText(source).replace(/\s+/g, ' ') });
  }
  let body = code;
  for (const e of edits.sort((a, b) => b.from - a.from)) body = body.slice(0, e.from) + e.text + body.slice(e.to);
  return { body, expected, orphans };
}

/** A comparable copy: typed arrays as arrays; `undefined`, `NaN` and ±Infinity kept apart from `null`. */
const plain = (v: unknown): unknown =>
  JSON.parse(
    JSON.stringify(v, (_k, x) =>
      ArrayBuffer.isView(x) ? Array.from(x as unknown as ArrayLike<number>) : x === undefined ? '__undefined' : typeof x === 'number' && !Number.isFinite(x) ? `__${x}` : x,
    ),
  );

describe('doc-comment examples', () => {
  const all = examples();

  it('finds the examples', () => {
    expect(all.length).toBeGreaterThan(60);
  });

  it('compares every `//=>` value: each belongs to a statement and is a literal', () => {
    const missed = all.flatMap((example) => {
      const { expected, orphans } = instrument(example.code);
      return [
        ...orphans.map((o) => `${example.where}: no statement for ${o}`),
        ...expected.filter((e) => e.value === undefined).map((e) => `${example.where}: not a literal: //=> ${e.text}`),
      ];
    });
    expect(missed).toEqual([]);
    // And no `//=>` in src/ lies outside the examples found (an example without its ```ts fence, say).
    const inExamples = all.reduce((n, example) => n + (example.code.match(/\/\/=>/g) ?? []).length, 0);
    const inSources = files(SRC).reduce((n, file) => n + (readFileSync(file, 'utf8').match(/\/\/=>/g) ?? []).length, 0);
    expect(inExamples).toBe(inSources);
    expect(all.filter((example) => instrument(example.code).expected.length === 0).map((e) => e.where)).toEqual([]);
  });

  for (const example of all) {
    it(example.where, () => {
      const { body, expected } = instrument(example.code);
      const js = transformSync(`function __example() {\nconst __results = [];\n${body}\nreturn __results;\n}`, { loader: 'ts' }).code;
      const names = Object.keys(lantian);
      // eslint-disable-next-line no-new-func
      const run = new Function(...names, 'console', `${js}\nreturn __example();`);
      const results = run(...names.map((n) => (lantian as Record<string, unknown>)[n]), { log() {} }) as unknown[];
      expected.forEach((e, i) => {
        if (e.value === undefined) return;
        expect(plain(results[i]), `${example.where}: ${e.statement} //=> ${e.text}`).toEqual(plain(e.value.value));
      });
    });
  }
});
