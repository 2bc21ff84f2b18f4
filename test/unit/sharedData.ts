import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Real reference data lives beside the repository, never in it (see ../shared/data/README.md). */
export const SHARED_DATA = join(import.meta.dirname, '../../../shared/data');

export function sharedDataPath(...parts: string[]): string {
  const path = join(SHARED_DATA, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `Reference data missing: ${path}. These tests need ../shared/data/stockholm-stadsdelar beside the repository.`,
    );
  }
  return path;
}
