import { readFileSync, writeFileSync } from 'node:fs';

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Uint8Array;
  writeFile(path: string, text: string): void;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
};

/** The output to `--out` (saying so on stderr) or to stdout. */
export function writeOutput(io: CliIo, outPath: string | undefined, output: string): void {
  if (outPath) {
    io.writeFile(outPath, output);
    io.stderr(`skrev ${outPath}\n`);
  } else {
    io.stdout(output);
  }
}
