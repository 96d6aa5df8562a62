import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIRS = [join(__dirname), join(__dirname, '../functions')];

describe('the dialect and function library are pure engine code', () => {
  for (const dir of DIRS) {
    for (const file of readdirSync(dir).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    )) {
      it(`${file} imports nothing outside src/engine and uses no DOM`, () => {
        const src = readFileSync(join(dir, file), 'utf8');
        const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
        for (const spec of imports)
          expect(spec.startsWith('.') && !/\.\.\/\.\.\/\.\./.test(spec)).toBe(true);
        expect(src).not.toMatch(/(?<![/\w])(window|document|localStorage)\./);
        expect(src).not.toMatch(/Date\.now\(|Math\.random\(/);
      });
    }
  }
});
