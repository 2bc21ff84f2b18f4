import type { PouchStatic } from './pouchTypes';

/** Declares 'pouchdb-browser' and 'pouchdb-core' (see tsconfig `paths`). */
declare const PouchDB: PouchStatic;
export default PouchDB;
