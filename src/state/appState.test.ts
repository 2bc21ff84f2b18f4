import { describe, expect, it } from 'vitest';
import { createAppState } from './appState';

describe('the initial view', () => {
  it('does not draw individual offences, so a projector never shows single crimes unasked', () => {
    expect(createAppState({ basemap: 'offline', lantmaterietKey: '' }).showRawPoints.value).toBe(
      false,
    );
  });
});
