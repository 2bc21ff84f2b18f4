import { describe, expect, it } from 'vitest';
import { demoArgs, runInProcess } from './cliRun';

interface PeriodJson {
  period: { aktuell: { fran: string; till: string }; jamforelse: { fran: string; till: string } };
}

/** The demo offences end on Sunday 2025-10-26, so "2025 against 2024" compares ten months with twelve. */
describe('a period that runs past the data, from the command line', () => {
  it('says on stderr that the period is incomplete and how to compare the same dates', () => {
    const run = runInProcess([...demoArgs, '--year-vs-year', '2025']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'obs: Data finns bara till 2025-10-26: perioden 2025 är ofullständig men jämförs med hela 2024, så förändringarna stämmer inte. Lägg till --same-dates-last-year för att jämföra samma datum året före.',
    );
  });

  it('compares the days with data against the same dates a year earlier when asked', () => {
    const run = runInProcess([
      ...demoArgs,
      '--year-vs-year',
      '2025',
      '--same-dates-last-year',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const { aktuell, jamforelse } = (JSON.parse(run.stdout) as PeriodJson).period;
    expect([aktuell.fran, aktuell.till, jamforelse.fran, jamforelse.till]).toEqual([
      '2025-01-01',
      '2025-10-26',
      '2024-01-01',
      '2024-10-26',
    ]);
    expect(run.stderr).not.toContain('obs:');
  });

  it('opens on week 1 to the latest full week of the data without a period option', () => {
    const run = runInProcess(demoArgs);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('period v. 1–43 2025 mot v. 1–43 2024');
    expect(run.stderr).not.toContain('obs:');
  });
});
