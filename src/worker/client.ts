import * as Comlink from 'comlink';
import type { Lib } from './lib';

/** The worker's functions as the page calls them: each returns a promise. */
export type WorkerClient = Comlink.Remote<Lib>;

/** Starts the analysis worker; in Node tests `inProcessClient` runs the same functions. */
export function startWorker(): WorkerClient {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return Comlink.wrap<Lib>(worker);
}

/** A callback the worker may call back (progress); a plain function in-process. */
export const proxyCallback = <T extends (...args: never[]) => unknown>(fn: T) => Comlink.proxy(fn);
