import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DocStore, ExportedDocument } from './docStore';
import type { UserDocument } from './documents';

/**
 * One walk as one file, to hand to a colleague's tablet: `manifest.json`, `documents.json`
 * (the walk, its observations and actions, with their revisions) and `attachments/<i>/<j>`
 * (the photos). Read back as replication does, so nothing is lost or duplicated.
 */
export const WALK_ARCHIVE_FORMAT = 1;
const KIND = 'Lägeskartan vandring';

interface ArchiveManifest {
  kind: string;
  format: number;
  walkId: string;
  walkName: string;
  createdAt: string;
}

interface ArchiveEntry {
  doc: UserDocument;
  attachments: { name: string; contentType: string; path: string }[];
}

type Stored = UserDocument & { _attachments?: Record<string, { content_type?: string }> };

/** The walk's own documents: the walk, its observations, and actions from them or about it. */
async function walkDocuments(docs: DocStore, walkId: string): Promise<UserDocument[]> {
  const walk = await docs.get(walkId);
  if (!walk || walk.type !== 'walk') {
    throw new Error(`Vandringen ${walkId} finns inte längre på den här enheten.`);
  }
  const observations = (await docs.list('observation')).filter((o) => o.walkId === walkId);
  const ids = new Set(observations.map((o) => o._id));
  const actions = (await docs.list('action')).filter(
    (a) => a.walkId === walkId || (a.observationId !== null && ids.has(a.observationId)),
  );
  return [walk, ...observations, ...actions];
}

export async function exportWalkArchive(
  docs: DocStore,
  walkId: string,
  now = new Date(),
): Promise<{ bytes: Uint8Array; documents: number; photos: number }> {
  const zip: Zippable = {};
  const entries: ArchiveEntry[] = [];
  let photos = 0;
  const list = await walkDocuments(docs, walkId);
  for (const [i, stored] of list.entries()) {
    const { _attachments, ...doc } = stored as Stored;
    const entry: ArchiveEntry = { doc: doc as UserDocument, attachments: [] };
    for (const [j, [name, stub]] of Object.entries(_attachments ?? {}).entries()) {
      const blob = await docs.getAttachment(doc._id, name);
      if (!blob) throw new Error(`Fotot ${name} i ${doc._id} kunde inte läsas.`);
      const path = `attachments/${i}/${j}`;
      zip[path] = [new Uint8Array(await blob.arrayBuffer()), { level: 0 }];
      entry.attachments.push({ name, contentType: stub.content_type ?? blob.type, path });
      photos++;
    }
    entries.push(entry);
  }
  const walk = list[0] as Extract<UserDocument, { type: 'walk' }>;
  const manifest: ArchiveManifest = {
    kind: KIND,
    format: WALK_ARCHIVE_FORMAT,
    walkId,
    walkName: walk.name,
    createdAt: now.toISOString(),
  };
  zip['manifest.json'] = strToU8(JSON.stringify(manifest, null, 1));
  zip['documents.json'] = strToU8(JSON.stringify(entries, null, 1));
  return { bytes: zipSync(zip), documents: entries.length, photos };
}

/** Reads a walk file into the store; everything is checked before anything is written. */
export async function importWalkArchive(
  docs: DocStore,
  bytes: Uint8Array,
  fileName: string,
): Promise<{ walkId: string; walkName: string; documents: number; photos: number }> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new Error(`${fileName} är ingen zip-fil från Lägeskartan (${(e as Error).message}).`, {
      cause: e,
    });
  }
  const read = <T>(path: string): T => {
    const f = files[path];
    if (!f) throw new Error(`${fileName} saknar ${path}: är det en exporterad vandring?`);
    return JSON.parse(strFromU8(f)) as T;
  };
  const manifest = read<ArchiveManifest>('manifest.json');
  if (manifest.kind !== KIND) {
    throw new Error(
      `${fileName} är ingen exporterad vandring (det kan vara en säkerhetskopia: läs in den under Data och filer).`,
    );
  }
  if (manifest.format > WALK_ARCHIVE_FORMAT) {
    throw new Error(
      `${fileName} är skapad av en nyare version av Lägeskartan (format ${manifest.format}): uppdatera appen.`,
    );
  }
  const entries = read<ArchiveEntry[]>('documents.json');
  const exported: ExportedDocument[] = entries.map((e) => ({
    doc: e.doc,
    attachments: e.attachments.map((a) => {
      const data = files[a.path];
      if (!data) throw new Error(`${fileName} saknar fotot ${a.path} (${a.name}).`);
      return { name: a.name, contentType: a.contentType, bytes: data };
    }),
  }));
  await docs.importAll(exported);
  return {
    walkId: manifest.walkId,
    walkName: manifest.walkName,
    documents: exported.length,
    photos: exported.reduce((n, e) => n + e.attachments.length, 0),
  };
}
