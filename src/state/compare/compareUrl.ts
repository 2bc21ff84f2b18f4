import { CATEGORIES } from '../../analysis/categories';
import type { ViewPart } from '../viewUrl';
import { COMPARE_MODES } from './compareState';

const YEAR = /^\d{4}$/;

/**
 * The compare view's keys of the address: years A and B, the scene, the
 * map mode and the headline's offence category.
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
      if (text === '') return 'väntade en scen, t.ex. 2021:fridhemsplan, eller all';
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
];
