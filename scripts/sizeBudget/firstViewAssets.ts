import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Why a file is part of the first view. */
export type AssetReason = 'entry' | 'static import' | 'modulepreload' | 'stylesheet' | 'worker';

export interface FirstViewAsset {
  /** Path inside dist, with forward slashes. */
  file: string;
  reason: AssetReason;
  bytes: number;
  brotli: number;
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];

/** The files index.html asks for before anything runs: the entry, modulepreloads and stylesheets. */
function htmlAssets(html: string): { file: string; reason: AssetReason }[] {
  const out: { file: string; reason: AssetReason }[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    const href = attr(tag, 'href');
    const rel = attr(tag, 'rel');
    if (tag.startsWith('<script') && src && attr(tag, 'type') === 'module')
      out.push({ file: src, reason: 'entry' });
    else if (href && rel === 'modulepreload') out.push({ file: href, reason: 'modulepreload' });
    else if (href && rel === 'stylesheet') out.push({ file: href, reason: 'stylesheet' });
  }
  return out;
}

/**
 * Static imports of a built ES chunk (`import{a}from"./x.js"`, `import"./x.js"`,
 * `export{a}from"./x.js"`). Dynamic `import("./x.js")` is left out: that is what
 * a lazy chunk is.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const re =
    /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
  for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

/** Workers started from a chunk: `new URL("name.js", import.meta.url)` with a script file. */
export function workerUrls(code: string): string[] {
  const re = /new URL\(\s*["'`]([^"'`]+\.m?js)["'`]\s*,\s*import\.meta\.url\s*\)/g;
  return [...code.matchAll(re)].map((m) => m[1]);
}

const brotliSize = (bytes: Buffer) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;

/**
 * Everything the first view downloads, read from a built `dist`: the entry
 * script and its static imports, the modulepreloads and the CSS from index.html,
 * and the workers those scripts start (the analysis worker is needed before any
 * data shows, maplibre's before the map draws), with their own static imports.
 */
export function firstViewAssets(distDir: string): FirstViewAsset[] {
  const read = (file: string) => readFileSync(posix.join(distDir, file));
  const seen = new Map<string, FirstViewAsset>();
  const queue = htmlAssets(read('index.html').toString('utf8')).map((a) => ({
    ...a,
    file: posix.normalize(a.file),
  }));
  while (queue.length > 0) {
    const { file, reason } = queue.shift()!;
    if (seen.has(file)) continue;
    const bytes = read(file);
    seen.set(file, { file, reason, bytes: bytes.length, brotli: brotliSize(bytes) });
    if (!/\.m?js$/.test(file)) continue;
    const code = bytes.toString('utf8');
    const dir = posix.dirname(file);
    for (const spec of staticImports(code))
      queue.push({ file: posix.join(dir, spec), reason: 'static import' });
    for (const spec of workerUrls(code))
      queue.push({ file: posix.join(dir, spec), reason: 'worker' });
  }
  return [...seen.values()];
}

export interface BudgetVerdict {
  total: number;
  ok: boolean;
  /** The table and the verdict, in English, for the build log. */
  report: string;
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** Compares the first view's brotli total with the budget; the issue's target is shown beside it. */
export function judgeBudget(
  assets: FirstViewAsset[],
  budgetBytes: number,
  targetBytes: number,
): BudgetVerdict {
  const total = assets.reduce((s, a) => s + a.brotli, 0);
  const raw = assets.reduce((s, a) => s + a.bytes, 0);
  const width = Math.max(4, ...assets.map((a) => a.file.length));
  const row = (file: string, reason: string, bytes: string, brotli: string) =>
    `${file.padEnd(width)}  ${reason.padEnd(13)}  ${bytes.padStart(10)}  ${brotli.padStart(10)}`;
  const lines = [
    row('file', 'why', 'bytes', 'brotli'),
    ...[...assets]
      .sort((a, b) => b.brotli - a.brotli)
      .map((a) => row(a.file, a.reason, kB(a.bytes), kB(a.brotli))),
    row('first view', '', kB(raw), kB(total)),
    `budget ${kB(budgetBytes)} brotli (issue 12's target: ${kB(targetBytes)})`,
  ];
  const ok = total <= budgetBytes;
  lines.push(
    ok
      ? `OK: the first view is ${kB(total)} brotli, within the budget of ${kB(budgetBytes)}.`
      : `FAILED: the first view is ${kB(total)} brotli, ${kB(total - budgetBytes)} over the budget of ${kB(budgetBytes)}. ` +
          'Load the new code with a dynamic import() where the first view does not need it, ' +
          'or raise FIRST_VIEW_BUDGET_BYTES in scripts/size-budget.ts with a reason in the commit.',
  );
  return { total, ok, report: lines.join('\n') };
}
