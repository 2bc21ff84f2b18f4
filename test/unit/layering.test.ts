import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint keeps the pure layers pure', () => {
  it('forbids Preact in src/analysis', async () => {
    expect(
      await ruleIds("import { h } from 'preact';\nexport const x = h;\n", 'src/analysis/x.ts'),
    ).toContain('no-restricted-imports');
  });

  it('forbids maplibre in src/map/layers', async () => {
    expect(
      await ruleIds(
        "import { Map } from 'maplibre-gl';\nexport const x = Map;\n",
        'src/map/layers/x.ts',
      ),
    ).toContain('no-restricted-imports');
  });

  it('forbids the DOM in src/data', async () => {
    expect(await ruleIds('export const x = document.title;\n', 'src/data/x.ts')).toContain(
      'no-restricted-globals',
    );
  });

  it('forbids src/analysis importing src/data', async () => {
    expect(
      await ruleIds(
        "import { parseAreas } from '../data/parseAreas';\nexport const x = parseAreas;\n",
        'src/analysis/x.ts',
      ),
    ).toContain('no-restricted-imports');
  });

  it('forbids src/persistence importing app state', async () => {
    expect(
      await ruleIds(
        "import { createAppState } from '../state/appState';\nexport const x = createAppState;\n",
        'src/persistence/x.ts',
      ),
    ).toContain('no-restricted-imports');
  });

  it('allows the UI to use Preact', async () => {
    expect(
      await ruleIds("import { h } from 'preact';\nexport const x = h;\n", 'src/ui/x.ts'),
    ).toEqual([]);
  });
});
