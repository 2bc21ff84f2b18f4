import type { SavedViewDocument, ViewSequenceDocument } from '../../persistence/documents';

/** A sequence of saved views as a file: the names and addresses, to present on another device. */
export const SEQUENCE_FORMAT = 'lageskartan-vysekvens';
const FORMAT_VERSION = 1;

export interface SequenceFile {
  name: string;
  views: { name: string; url: string }[];
}

export function sequenceToJson(
  sequence: ViewSequenceDocument,
  views: SavedViewDocument[],
  now: Date,
): string {
  const byId = new Map(views.map((v) => [v._id, v]));
  const file = {
    format: SEQUENCE_FORMAT,
    version: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    name: sequence.name,
    views: sequence.viewIds.flatMap((id) => {
      const v = byId.get(id);
      return v ? [{ name: v.name, url: v.url }] : [];
    }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function sequenceFromJson(text: string, fileName: string): SequenceFile {
  let json: { format?: unknown; version?: unknown; name?: unknown; views?: unknown };
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')) as typeof json;
  } catch (e) {
    throw new Error(
      `${fileName} är inte giltig JSON (${(e as Error).message}). Välj en fil som sparats med "Spara sekvens".`,
    );
  }
  if (json?.format !== SEQUENCE_FORMAT) {
    throw new Error(
      `${fileName} är ingen sekvens av vyer från Lägeskartan. Välj en fil som sparats med "Spara sekvens".`,
    );
  }
  if (typeof json.version !== 'number' || json.version > FORMAT_VERSION) {
    throw new Error(
      `${fileName} är sparad av en nyare version av Lägeskartan (version ${String(json.version)}): uppdatera appen.`,
    );
  }
  const views = Array.isArray(json.views) ? json.views : [];
  return {
    name: typeof json.name === 'string' && json.name.trim() ? json.name : fileName,
    views: views.map((v: unknown, i) => {
      const { name, url } = (v ?? {}) as { name?: unknown; url?: unknown };
      if (typeof url !== 'string' || !(url === '' || url.startsWith('?'))) {
        throw new Error(
          `${fileName}: vy ${i + 1} saknar en adress som börjar med "?". Rätta eller ta bort den.`,
        );
      }
      return { name: typeof name === 'string' && name ? name : `Vy ${i + 1}`, url };
    }),
  };
}
