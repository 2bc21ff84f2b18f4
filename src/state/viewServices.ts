import type { WorkerClient } from '../worker/client';
import type { OpenedStorage } from './openStorage';

/** What a view's panel may use beyond the signals: the analysis worker and the user's documents. */
export interface ViewServices {
  analysis: WorkerClient;
  docs: OpenedStorage['docs'];
}
