import type { FileRole } from '../data/import/importTypes';
import type { AddFileRequest, SourceFile } from './protocol';

/** The demo's files by role, as load requests (the app fetches them; tests and benchmarks pass text). */
export function demoRequests(sources: Partial<Record<FileRole, SourceFile>>): AddFileRequest[] {
  return Object.entries(sources).map(([role, source]) => ({
    ...source,
    id: `demo:${source.name}`,
    demo: true,
    role: role as FileRole,
  }));
}
