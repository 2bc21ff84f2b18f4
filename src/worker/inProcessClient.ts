import type { WorkerClient } from './client';
import type { Lib } from './lib';

/** The worker's functions called in this thread, with the client's promise-returning shape (Node tests). */
export function inProcessClient(lib: Lib): WorkerClient {
  const wrapped = Object.fromEntries(
    Object.entries(lib).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => (fn as (...a: unknown[]) => unknown)(...args),
    ]),
  );
  return wrapped as unknown as WorkerClient;
}
