/**
 * Fails the build when the first view (Lägesbild, no `v=`) downloads more than
 * the budget, brotli-compressed. Run after `vite build`: `npm run size-budget`.
 */
import { firstViewAssets, judgeBudget } from './sizeBudget/firstViewAssets';

/** The first view measured after the lazy splits (791 kB, both workers included), plus about 5 %. */
export const FIRST_VIEW_BUDGET_BYTES = 831_000;
/** Issue 12's target for JS + CSS of the first view. */
const ISSUE_TARGET_BYTES = 350_000;

const distDir = process.argv[2] ?? 'dist';
let verdict;
try {
  verdict = judgeBudget(firstViewAssets(distDir), FIRST_VIEW_BUDGET_BYTES, ISSUE_TARGET_BYTES);
} catch (e) {
  console.error(
    `size-budget: cannot read the build in ${distDir} (run vite build first): ${String(e)}`,
  );
  process.exit(1);
}
console.log(verdict.report);
if (!verdict.ok) process.exit(1);
