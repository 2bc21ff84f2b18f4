import { describe, expect, it } from 'vitest';
import { compareCategories } from '../../analysis/comparison';
import { customPeriods } from '../../analysis/periods';
import { renderCsv } from '../../cli/renderCsv';
import { renderMarkdown } from '../../cli/renderMarkdown';
import { changesTable } from './meetingTables';

const periods = customPeriods({ first: 20375, last: 20387 }, { first: 20362, last: 20374 });
const rows = (now: number, before: number) =>
  compareCategories([now, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [before, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], {
    current: 13,
    previous: 13,
  });

describe('the changes by place as CSV and Markdown', () => {
  const table = changesTable(
    'Förändring per plats',
    'Plats',
    [
      { name: '=Fridhemsplan', rows: rows(40, 20) },
      { name: 'Stadshagen', rows: rows(2, 9) },
      { name: 'Ny plats', rows: undefined },
    ],
    periods,
    3,
  );

  it('writes Swedish Excel CSV with formulas defused and masked counts without change', () => {
    const lines = renderCsv(table).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFPlats;2025-10-14 – 2025-10-26;2025-10-01 – 2025-10-13;Förändring;Förändring (%);Säkerställd',
    );
    expect(lines[1]).toBe("'=Fridhemsplan;40;20;20;100,0;ja");
    expect(lines[2]).toBe('Stadshagen;< 3;9;;;');
    expect(lines[3]).toBe('Ny plats;;;;;');
  });

  it('writes a Markdown table with signed changes', () => {
    const md = renderMarkdown(table);
    expect(md).toContain('| =Fridhemsplan | 40 | 20 | +20 | +100,0 % | ja |');
    expect(md).toContain('| Stadshagen | < 3 | 9 | – | – | – |');
  });
});
