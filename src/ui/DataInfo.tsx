import { formatDay } from '../analysis/isoWeek';
import type { OffenceSummary } from '../worker/analysisService';
import { formatCount } from './format';

/** What was loaded and detected, and every row that could not be used. */
export function DataInfo({ offences, isDemo }: { offences: OffenceSummary; isDemo: boolean }) {
  return (
    <details class="card data-info">
      <summary>
        Data: {formatCount(offences.rows)} brott {formatDay(offences.firstDay)} –{' '}
        {formatDay(offences.lastDay)}
      </summary>
      {isDemo && (
        <p class="caption">
          Demodata: syntetiska brott och handritade, förenklade gränser. Siffrorna är kalibrerade
          mot lägesbildens tabeller men punkterna är påhittade.
        </p>
      )}
      <p>
        Fil: {offences.fileName}. Koordinater: {offences.detectedText}.
      </p>
      {offences.problemCount > 0 ? (
        <>
          <p class="warning">{formatCount(offences.problemCount)} rader kunde inte användas:</p>
          <ul class="problems">
            {offences.problems.slice(0, 20).map((p) => (
              <li key={`${p.file}:${p.row}`}>
                {p.file}, rad {p.row}: {p.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Alla rader kunde användas.</p>
      )}
      {offences.unknownCategories.length > 0 && (
        <p class="warning">
          Okända brottskategorier (räknas under "Okänd kategori"):{' '}
          {offences.unknownCategories.map(([name, n]) => `${name} (${n})`).join(', ')}
        </p>
      )}
    </details>
  );
}
