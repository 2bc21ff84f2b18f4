import { describe, expect, it } from 'vitest';
import { demoLabel } from './demoLabel';

describe('the demo banner', () => {
  it('describes the demo as before when everything is demo', () => {
    expect(demoLabel(['areas', 'ods', 'offences', 'sites', 'walks'])).toBe(
      'Demodata: syntetiska brott, handritade gränser',
    );
  });

  it("does not call one's own areas and offences synthetic", () => {
    expect(demoLabel(['ods', 'sites', 'walks'])).toBe(
      'Demodata: ÖDS-utbredningar, platssamverkan, trygghetsvandringar',
    );
  });

  it('names only the areas when only they are still the demo', () => {
    expect(demoLabel(['areas'])).toBe('Demodata: handritade gränser');
  });

  it('says nothing when nothing is demo', () => {
    expect(demoLabel([])).toBeNull();
  });
});
