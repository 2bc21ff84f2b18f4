import type { FileRole } from '../data/import/importTypes';
import { gunzipIfGzipped } from '../data/gunzipIfGzipped';
import { DateOrderNeededError } from '../data/dateOrder';
import { CrsNeededError } from '../data/formats/crsNeeded';
import { ImportError } from '../data/importProblem';
import { problemsToCsv } from '../data/problemsToCsv';
import type { PartPlan } from '../data/fastCsv/parseOffencesBytes';
import { loadDataset, type Dataset } from './datasetRegistry';
import { withDatasets, workspaceOf, type LoadedData } from './loadedData';
import type {
  AddFileRequest,
  FailedFile,
  ProgressCallback,
  SourceFile,
  StoredOptions,
  WorkspaceSummary,
} from './protocol';

/** Where the worker keeps the bytes of the user's files; absent in Node. */
export interface BlobSink {
  putBlob(id: string, blob: Blob): Promise<void>;
}

/** The new data after a change of files, and what the page shows of it. */
export interface Changed {
  data: LoadedData;
  summary: WorkspaceSummary;
}

async function readBytes(source: SourceFile): Promise<Uint8Array> {
  if (source.blob) {
    try {
      return new Uint8Array(await source.blob.arrayBuffer());
    } catch {
      throw new ImportError(
        source.name,
        'kunde inte läsas (filen har flyttats eller ändrats sedan den valdes). Välj filen igen.',
      );
    }
  }
  if (source.text !== undefined) return new TextEncoder().encode(source.text);
  if (!source.url) throw new ImportError(source.name, 'varken innehåll eller adress angiven.');
  const response = await fetch(source.url);
  if (!response.ok) {
    throw new ImportError(
      source.name,
      `kunde inte hämtas (HTTP ${response.status}). Ladda om sidan.`,
    );
  }
  return gunzipIfGzipped(new Uint8Array(await response.arrayBuffer()));
}

const messageOf = (e: unknown) =>
  e instanceof ImportError
    ? e.message.replace(`${e.file}: `, '')
    : e instanceof Error
      ? e.message
      : String(e);

function change(data: LoadedData, next: Dataset[], failed: FailedFile[] = []): Changed {
  const changed = withDatasets(next, data.layouts);
  return { data: changed, summary: workspaceOf(changed, failed) };
}

/** Imports files; each that fails is reported and skipped, the rest (and all earlier files) stay. */
export async function addFiles(
  data: LoadedData,
  requests: AddFileRequest[],
  onProgress?: ProgressCallback,
  blobs?: BlobSink | null,
  parts?: PartPlan,
): Promise<Changed> {
  const added: Dataset[] = [];
  const failed: FailedFile[] = [];
  for (const [k, r] of requests.entries()) {
    const share = (f: number) => onProgress?.(`Läser ${r.name}`, (k + f) / requests.length);
    try {
      share(0);
      const bytes = await readBytes(r);
      const source: SourceFile = { name: r.name, url: r.url, text: r.text, blob: r.blob };
      added.push(
        await loadDataset(
          r.id,
          r.name,
          bytes,
          source,
          r.options ?? {},
          r.demo ?? false,
          r.role,
          share,
          data.layouts,
          parts,
        ),
      );
      if (r.persist && r.blob) await blobs?.putBlob(r.id, r.blob);
    } catch (e) {
      if (!(e instanceof ImportError)) console.error(e);
      failed.push({
        fileName: r.name,
        message: messageOf(e),
        ...(e instanceof CrsNeededError ? { crsChoices: e.choices, crsFitting: e.fitting } : {}),
        ...(e instanceof DateOrderNeededError ? { needsDateOrder: true } : {}),
      });
    }
  }
  onProgress?.('Räknar brott per område', 1);
  const kept = data.datasets.filter((d) => !added.some((a) => a.id === d.id));
  return change(data, [...kept, ...added], failed);
}

export function setRole(data: LoadedData, id: string, role: FileRole): Changed {
  return change(
    data,
    data.datasets.map((d) => (d.id === id ? { ...d, role } : d)),
  );
}

/** Re-reads one file with other options (coordinate system, encoding); on failure the old stays. */
export async function reimport(
  data: LoadedData,
  id: string,
  options: StoredOptions,
  parts?: PartPlan,
): Promise<Changed> {
  const old = data.datasets.find((d) => d.id === id);
  if (!old) throw new Error(`Filen ${id} är inte inläst längre. Ladda om sidan.`);
  try {
    const next = await loadDataset(
      id,
      old.fileName,
      await readBytes(old.source),
      old.source,
      { ...old.options, ...options },
      old.demo,
      old.role,
      undefined,
      new Map(),
      parts,
    );
    return change(
      data,
      data.datasets.map((d) => (d.id === id ? next : d)),
    );
  } catch (e) {
    return {
      data,
      summary: workspaceOf(data, [{ fileName: old.fileName, message: messageOf(e) }]),
    };
  }
}

export function removeFile(data: LoadedData, id: string): Changed {
  return change(
    data,
    data.datasets.filter((d) => d.id !== id),
  );
}

/** Removes the user's files; the demo stays. */
export function clearUserFiles(data: LoadedData): Changed {
  return change(
    data,
    data.datasets.filter((d) => d.demo),
  );
}

/** The rows of one file that could not be used, as CSV for download. */
export function problemsCsv(data: LoadedData, id: string): string {
  const d = data.datasets.find((x) => x.id === id);
  if (!d) throw new Error(`Filen ${id} är inte inläst längre. Ladda om sidan.`);
  const i = d.imported;
  const problems =
    i.kind === 'offences' ? i.result.problems : i.kind === 'features' ? i.problems : [];
  return problemsToCsv(problems);
}
