import type { CliIo } from './cliIo';
import { InputError } from './cliErrors';

/** Reads a file, turning the operating system's English error into a Swedish one that says what to do. */
export function readFileBytes(io: CliIo, path: string): Uint8Array {
  try {
    return io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError(`${path}: filen finns inte. Kontrollera sökvägen och filnamnet.`);
    }
    if (code === 'EISDIR') {
      throw new InputError(`${path}: är en mapp, inte en fil. Ange filen i mappen.`);
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new InputError(`${path}: saknar behörighet att läsa filen. Kontrollera rättigheterna.`);
    }
    throw new InputError(`${path}: kan inte läsas (${(e as Error).message}).`);
  }
}

export function extensionOf(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
