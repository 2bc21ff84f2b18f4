import type { FileRole } from '../data/import/importTypes';

/** What each kind of demo data is, in the words of the banner. */
const DEMO_PARTS: [FileRole, string][] = [
  ['offences', 'syntetiska brott'],
  ['areas', 'handritade gränser'],
  ['ods', 'ÖDS-utbredningar'],
  ['sites', 'platssamverkan'],
  ['walks', 'trygghetsvandringar'],
];

/**
 * The banner names exactly the parts still from the demo, so that one's own
 * areas and offences are never called synthetic; nothing when none is. With
 * everything from the demo it names the two that carry the numbers.
 */
export function demoLabel(demoRoles: FileRole[]): string | null {
  const parts = DEMO_PARTS.filter(([role]) => demoRoles.includes(role));
  if (parts.length === 0) return null;
  const shown = parts.length === DEMO_PARTS.length ? parts.slice(0, 2) : parts;
  return `Demodata: ${shown.map(([, text]) => text).join(', ')}`;
}
