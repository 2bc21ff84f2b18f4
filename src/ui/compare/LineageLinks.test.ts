import { describe, expect, it } from 'vitest';
import { correct } from './LineageLinks';

const pair: [string, string] = ['2021:odenplan', '2023:klara'];

describe('lineage corrections', () => {
  it('adds a link the user makes', () => {
    expect(correct({}, 'link', pair)).toEqual({ unlink: [], link: [pair] });
  });

  it('removes an inferred link the user undoes', () => {
    expect(correct({}, 'unlink', pair)).toEqual({ link: [], unlink: [pair] });
  });

  it('undoes the user’s own link instead of adding an unlink', () => {
    expect(correct({ link: [pair] }, 'unlink', pair)).toEqual({ link: [], unlink: [] });
  });
});
