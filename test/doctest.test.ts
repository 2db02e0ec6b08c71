/**
 * Doc-comment examples are contracts: every `expression; //=> value` line of an `@example` in src/ is run with the
 * public API in scope and its result compared with the value written. Lines whose value is not a JavaScript literal
 * (prose) are counted but not compared.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as readers from '../src/readers/index.js';

/** The public surface: the main entry and lantian/readers. */
const lantian = { ...core, ...readers };

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

/** Turns `expr; //=> value` lines into checks; returns the runnable body and the expected values. */
function instrument(code: string): { body: string; expected: Array<{ text: string; value: { value: unknown } | undefined }> } {
  const expected: Array<{ text: string; value: { value: unknown } | undefined }> = [];
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = /^(\s*)(.*?);\s*\/\/=>\s*(.*)$/.exec(line);
    // A value continued on the next lines (`//     …`) is prose for a multi-line result: not compared.
    const continued = /^\s*\/\/\s{2,}/.test(lines[i + 1] ?? '');
    if (m && !continued) {
      const index = expected.length;
      expected.push({ text: m[3] as string, value: literal(m[3] as string) });
      out.push(`${m[1]}__results[${index}] = (${m[2]});`);
    } else if (m) {
      out.push(`${m[1]}${m[2]};`);
    } else {
      out.push(line);
    }
  }
  return { body: out.join('\n'), expected };
}

const plain = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v, (_k, x) => (ArrayBuffer.isView(x) ? Array.from(x as unknown as ArrayLike<number>) : x === undefined ? '__undefined' : typeof x === 'number' && Number.isNaN(x) ? '__NaN' : x)));

describe('doc-comment examples', () => {
  const all = examples();

  it('finds the examples', () => {
    expect(all.length).toBeGreaterThan(60);
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
        expect(plain(results[i]), `${example.where}: //=> ${e.text}`).toEqual(plain(e.value.value));
      });
    });
  }
});
