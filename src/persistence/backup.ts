import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DocStore, ExportedDocument } from './docStore';
import type { FileStore, StoredFile, StoredLayout } from './fileStore';
import { readStoredFiles, type StoredFileProblem } from './storedFiles';

/**
 * A backup is one zip: `manifest.json`, `documents.json` (documents with their revisions) and
 * `attachments/<doc>/<n>`, `files.json` and `files/<n>` (the stored files' records and bytes),
 * `layouts.json`. Raise the format when the layout changes; older formats stay readable.
 */
export const BACKUP_FORMAT = 1;
const APP = 'Lägeskartan';

export interface BackupManifest {
  app: string;
  format: number;
  createdAt: string;
  documents: number;
  attachments: number;
  files: number;
  layouts: number;
}

interface DocumentEntry {
  doc: ExportedDocument['doc'];
  attachments: { name: string; contentType: string; path: string }[];
}

interface FileEntry {
  file: StoredFile;
  type: string;
  path: string;
}

export interface BackupSummary {
  documents: number;
  attachments: number;
  files: number;
  layouts: number;
  /** Stored files left out because they cannot be read. */
  skipped: StoredFileProblem[];
}

/** Where the user's things are kept; either may be missing (e.g. IndexedDB refused). */
export interface BackupSources {
  docs: DocStore | null;
  files: FileStore | null;
}

const json = (value: unknown) => strToU8(JSON.stringify(value, null, 1));

/** Everything the user made, as the bytes of one zip file. */
export async function exportBackup(
  { docs, files }: BackupSources,
  now = new Date(),
): Promise<{ bytes: Uint8Array; summary: BackupSummary }> {
  const zip: Zippable = {};
  const documents: DocumentEntry[] = [];
  let attachments = 0;
  for (const [i, { doc, attachments: atts }] of ((await docs?.exportAll()) ?? []).entries()) {
    const entry: DocumentEntry = { doc, attachments: [] };
    for (const [j, a] of atts.entries()) {
      const path = `attachments/${i}/${j}`;
      // Photos are compressed already.
      zip[path] = [a.bytes, { level: 0 }];
      entry.attachments.push({ name: a.name, contentType: a.contentType, path });
      attachments++;
    }
    documents.push(entry);
  }
  const stored = files ? await readStoredFiles(files) : { files: [], problems: [] };
  const fileEntries: FileEntry[] = [];
  for (const [i, { file, blob }] of stored.files.entries()) {
    const path = `files/${i}`;
    zip[path] = new Uint8Array(await blob.arrayBuffer());
    fileEntries.push({ file, type: blob.type, path });
  }
  const layouts = (await files?.layouts()) ?? [];
  const manifest: BackupManifest = {
    app: APP,
    format: BACKUP_FORMAT,
    createdAt: now.toISOString(),
    documents: documents.length,
    attachments,
    files: fileEntries.length,
    layouts: layouts.length,
  };
  zip['manifest.json'] = json(manifest);
  zip['documents.json'] = json(documents);
  zip['files.json'] = json(fileEntries);
  zip['layouts.json'] = json(layouts);
  return {
    bytes: zipSync(zip),
    summary: {
      documents: documents.length,
      attachments,
      files: fileEntries.length,
      layouts: layouts.length,
      skipped: stored.problems,
    },
  };
}

/** Reads a backup back into the stores; nothing is written unless the whole backup is readable. */
export async function importBackup(
  bytes: Uint8Array,
  backupName: string,
  { docs, files }: BackupSources,
): Promise<BackupSummary> {
  const notBackup = (why: string) =>
    new Error(`${backupName} är ingen säkerhetskopia från Lägeskartan (${why}).`);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw notBackup('filen går inte att öppna som zip');
  }
  const entry = (path: string): Uint8Array => {
    const data = entries[path];
    if (!data) throw new Error(`Säkerhetskopian ${backupName} är ofullständig: ${path} saknas.`);
    return data;
  };
  const parse = <T>(path: string): T => {
    try {
      return JSON.parse(strFromU8(entry(path))) as T;
    } catch (e) {
      if (!entries[path]) throw e;
      throw new Error(`Säkerhetskopian ${backupName} är skadad: ${path} går inte att läsa.`);
    }
  };
  if (!entries['manifest.json']) throw notBackup('manifest.json saknas');
  const manifest = parse<BackupManifest>('manifest.json');
  if (manifest.app !== APP) throw notBackup(`den kommer från ${String(manifest.app)}`);
  if (!(manifest.format <= BACKUP_FORMAT)) {
    throw new Error(
      `Säkerhetskopian ${backupName} är gjord av en nyare version av Lägeskartan (format ` +
        `${String(manifest.format)}, den här versionen läser ${BACKUP_FORMAT}). ` +
        'Uppdatera appen eller ladda om sidan och försök igen.',
    );
  }
  const documents: ExportedDocument[] = parse<DocumentEntry[]>('documents.json').map((d) => ({
    doc: d.doc,
    attachments: d.attachments.map((a) => ({
      name: a.name,
      contentType: a.contentType,
      bytes: entry(a.path),
    })),
  }));
  const fileEntries = parse<FileEntry[]>('files.json');
  const blobs = fileEntries.map(
    (f) => new Blob([entry(f.path) as Uint8Array<ArrayBuffer>], { type: f.type }),
  );
  const layouts = parse<StoredLayout[]>('layouts.json');
  const cannotKeep = (what: string) =>
    new Error(
      `${what} i säkerhetskopian ${backupName} kan inte sparas, eftersom webbläsaren inte ` +
        'sparar något åt Lägeskartan just nu (se meddelandet under Data och filer).',
    );
  if (documents.length > 0 && !docs) throw cannotKeep('Dokumenten');
  if ((fileEntries.length > 0 || layouts.length > 0) && !files) throw cannotKeep('Filerna');

  // importAll checks every document before it writes one, so it goes first.
  if (documents.length > 0) await docs?.importAll(documents);
  for (const [i, { file }] of fileEntries.entries()) {
    await files?.put(file);
    await files?.putBlob(file.id, blobs[i]);
  }
  for (const layout of layouts) await files?.putLayout(layout);
  return {
    documents: documents.length,
    attachments: documents.reduce((n, d) => n + d.attachments.length, 0),
    files: fileEntries.length,
    layouts: layouts.length,
    skipped: [],
  };
}
