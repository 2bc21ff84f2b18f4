import { describe, expect, it } from 'vitest';
import { ALL_WEEKDAYS, type OffenceFilter } from '../analysis/filter';
import { DEFAULT_FILTER } from '../state/appState';
import { legendEmptyMessage } from './legendMessage';

const none: OffenceFilter = {
  ...DEFAULT_FILTER,
  categorySlots: DEFAULT_FILTER.categorySlots.map(() => false),
  weekdays: ALL_WEEKDAYS,
};
const values = new Map([['a', 1.5]]);

describe('the legend when nothing is coloured', () => {
  it('says that no category is selected, in every offence map mode', () => {
    for (const mode of ['areas', 'kde', 'hexagon', 'hotspot'] as const)
      expect(legendEmptyMessage(mode, none, new Map(), 3)).toMatch(/Ingen brottskategori är vald/);
  });

  it('says that no area reaches the privacy threshold when all are masked', () => {
    expect(legendEmptyMessage('areas', DEFAULT_FILTER, new Map(), 3)).toMatch(
      /Inget område har minst 3 brott/,
    );
  });

  it('shows the classes when something is coloured', () => {
    expect(legendEmptyMessage('areas', DEFAULT_FILTER, values, 3)).toBeNull();
  });

  it('leaves an indicator map alone: it does not depend on the offence filter', () => {
    expect(legendEmptyMessage('indicator', none, values, 3)).toBeNull();
  });
});
