import { downloadBlob } from '../../state/download';

/** Saves text as a file; CSV and Markdown keep their BOM and line ends as written. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/** Today's date for file names, e.g. "platser-2025-10-14.csv". */
export const fileDay = () => new Date().toLocaleDateString('sv-SE');
