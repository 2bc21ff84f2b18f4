import type { PouchPlugin } from './pouchTypes';

/** Declares 'pouchdb-adapter-memory' (see tsconfig `paths`). */
declare const plugin: PouchPlugin;
export default plugin;
