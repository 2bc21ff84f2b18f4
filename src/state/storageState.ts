import type { StoredFileProblem } from '../persistence/storedFiles';

/** What the user should know about where their things are kept. */
export interface StorageState {
  /** Why something is not kept between visits, one sentence each. */
  notices: string[];
  /** Stored files that could not be read back, each removable. */
  problems: StoredFileProblem[];
  /** What the last backup action did, or why it failed. */
  backup: { ok: boolean; message: string } | null;
}

export const INITIAL_STORAGE: StorageState = { notices: [], problems: [], backup: null };
