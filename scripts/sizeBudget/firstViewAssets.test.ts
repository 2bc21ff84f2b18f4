import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstViewAssets, judgeBudget } from './firstViewAssets';

/** A tiny built app: an entry with a static import, a lazy chunk, a worker with its own import. */
function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'size-budget-'));
  mkdirSync(join(dist, 'assets'));
  const files: Record<string, string> = {
    'index.html':
      '<!doctype html><html><head>' +
      '<script type="module" crossorigin src="./assets/index-A.js"></script>\n' +
      '<link rel="modulepreload" crossorigin href="./assets/preloaded-B.js">\n' +
      '<link rel="stylesheet" crossorigin href="./assets/index-C.css">\n' +
      '<link rel="icon" href="./icons/icon.svg">' +
      '</head><body></body></html>',
    'assets/index-A.js':
      'import{a as e}from"./shared-D.js";import"./preloaded-B.js";' +
      'const w=new Worker(new URL(`analysis.worker-E.js`,import.meta.url),{type:`module`});' +
      'const lazy=()=>import("./ComparePanel-F.js");e(w,lazy);',
    'assets/preloaded-B.js': 'export const b=1;',
    'assets/index-C.css': 'body{margin:0}',
    'assets/shared-D.js': 'export function a(){return 2}',
    'assets/analysis.worker-E.js': 'import{x}from"./workerPart-G.js";self.onmessage=x;',
    'assets/workerPart-G.js': 'export const x=()=>1;',
    'assets/ComparePanel-F.js': 'export const ComparePanel=()=>null;'.repeat(50),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
  return dist;
}

describe('the first view of a build', () => {
  it('follows the entry, its static imports, preloads, CSS and workers, but no lazy chunk', () => {
    const assets = firstViewAssets(fakeDist());
    expect(Object.fromEntries(assets.map((a) => [a.file, a.reason]))).toEqual({
      'assets/index-A.js': 'entry',
      'assets/preloaded-B.js': 'modulepreload',
      'assets/index-C.css': 'stylesheet',
      'assets/shared-D.js': 'static import',
      'assets/analysis.worker-E.js': 'worker',
      'assets/workerPart-G.js': 'static import',
    });
    for (const a of assets) expect(a.brotli).toBeGreaterThan(0);
  });

  it('fails with the total, the excess and what to do when over the budget', () => {
    const assets = firstViewAssets(fakeDist());
    const total = assets.reduce((s, a) => s + a.brotli, 0);
    const over = judgeBudget(assets, total - 1, 350_000);
    expect(over.ok).toBe(false);
    expect(over.report).toMatch(/FAILED: the first view is .* kB brotli, 0\.0 kB over the budget/);
    expect(over.report).toMatch(/dynamic import\(\)/);
    expect(over.report).toContain("issue 12's target: 350.0 kB");
    expect(judgeBudget(assets, total, 350_000).ok).toBe(true);
  });
});
