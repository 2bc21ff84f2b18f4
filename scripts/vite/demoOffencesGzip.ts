import { readFileSync } from 'node:fs';
import { gzipSync } from 'fflate';
import type { Plugin } from 'vite';

const ID = 'virtual:demo-offences-url';
const RESOLVED = `\0${ID}`;

/**
 * The demo offences are 11.7 MB of CSV; gzipped they are about 2 MB. The
 * build ships the gzipped file and `virtual:demo-offences-url` gives its
 * address; the worker unpacks it and reads it through the same import path as
 * a user's file. In development the plain CSV is served.
 */
export function demoOffencesGzip(csvPath: string): Plugin {
  let serving = false;
  return {
    name: 'demo-offences-gzip',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      if (serving) return `export default ${JSON.stringify(`/@fs${csvPath}`)};`;
      const ref = this.emitFile({
        type: 'asset',
        name: 'offences.csv.gz',
        source: gzipSync(readFileSync(csvPath), { level: 9 }),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
