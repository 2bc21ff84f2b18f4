import * as Comlink from 'comlink';
import type { AnalysisService } from './analysisService';

export type AnalysisClient = Comlink.Remote<AnalysisService>;

/** Starts the analysis worker; the same service runs in-process in Node tests. */
export function startAnalysisWorker(): AnalysisClient {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return Comlink.wrap<AnalysisService>(worker);
}

export const proxyCallback = <T extends (...args: never[]) => unknown>(fn: T) => Comlink.proxy(fn);
