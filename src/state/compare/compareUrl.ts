import { CATEGORIES } from '../../analysis/categories';
import { readDayRange, writeDayRange } from '../dayRangeText';
import type { ViewPart } from '../viewUrl';
import { COMPARE_MODES, type ComparePeriods } from './compareState';

const YEAR = /^\d{4}$/;

/**
 * Period A or B (`pa`, `pb`) as `2020-01-01..2021-12-31`; only the compare view writes them, only
 * when set (not the default), and they are read only with `v=compare` (written before them).
 */
function periodPart(key: string, side: keyof ComparePeriods, example: string): ViewPart {
  return {
    key,
    write: (v) => {
      const range = v.appView === 'compare' ? v.compare.periods[side] : null;
      return range ? writeDayRange(range) : '';
    },
    read: (text, draft) => {
      if (draft.appView !== 'compare') return null;
      const range = readDayRange(text);
      if (!range) return `väntade första och sista dag som ${example}`;
      draft.compare = { ...draft.compare, periods: { ...draft.compare.periods, [side]: range } };
      return null;
    },
  };
}

/**
 * The compare view's keys of the address: years A and B, the scene, the
 * map mode, the headline's offence category and the two periods.
 */
export const COMPARE_PARTS: ViewPart[] = [
  {
    key: 'ya',
    write: (v) => (v.compare.yearA === null ? '' : String(v.compare.yearA)),
    read: (text, draft) => {
      if (!YEAR.test(text)) return 'väntade ett kartläggningsår, t.ex. 2021';
      draft.compare = { ...draft.compare, yearA: Number(text) };
      return null;
    },
  },
  {
    key: 'yb',
    write: (v) => (v.compare.yearB === null ? '' : String(v.compare.yearB)),
    read: (text, draft) => {
      if (!YEAR.test(text)) return 'väntade ett kartläggningsår, t.ex. 2023';
      draft.compare = { ...draft.compare, yearB: Number(text) };
      return null;
    },
  },
  {
    key: 'sc',
    write: (v) => v.compare.scene ?? '',
    read: (text, draft) => {
      if (text === '')
        return 'väntade en scen, t.ex. 2021:fridhemsplan, eller all (alla scener) eller view (scenerna i kartbilden)';
      draft.compare = { ...draft.compare, scene: text };
      return null;
    },
  },
  {
    key: 'cm',
    write: (v) => v.compare.mode,
    read: (text, draft) => {
      const mode = COMPARE_MODES.find((m) => m === text);
      if (!mode) return `ingen känd jämförelse (${COMPARE_MODES.join(', ')})`;
      draft.compare = { ...draft.compare, mode };
      return null;
    },
  },
  {
    key: 'hc',
    write: (v) => String(v.compare.category),
    read: (text, draft) => {
      if (text === 'all') {
        draft.compare = { ...draft.compare, category: 'all' };
        return null;
      }
      const index = /^\d+$/.test(text) ? Number(text) : -1;
      if (index < 0 || index >= CATEGORIES.length)
        return `väntade all eller en kategori 0–${CATEGORIES.length - 1}`;
      draft.compare = { ...draft.compare, category: index };
      return null;
    },
  },
  periodPart('pa', 'a', '2020-01-01..2021-12-31'),
  periodPart('pb', 'b', '2022-01-01..2023-12-31'),
];
