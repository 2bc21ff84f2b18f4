import * as Comlink from 'comlink';
import { openFileStore, type FileStore } from '../persistence/fileStore';
import { workerPartPlan } from './csvPartPool';
import { createLib } from './lib';

let store: Promise<FileStore | null> | null = null;

/** Opened on first use; without IndexedDB (private browsing) files are simply not kept. */
function blobStore(): Promise<FileStore | null> {
  store ??= openFileStore().catch((e: unknown) => {
    console.warn('IndexedDB är inte tillgänglig i arbetstråden; filer sparas inte.', e);
    return null;
  });
  return store;
}

Comlink.expose(createLib(blobStore, workerPartPlan()));
