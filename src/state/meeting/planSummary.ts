import type { PlaceDocument } from '../../persistence/documents';

/** Rows written before plans had priority areas belong to the lägesbild's own heading. */
export const DEFAULT_PRIORITY_AREA = 'Otrygga och brottsutsatta platser';

/** What the åtgärdsplan sums up per priority area, computed from its rows. */
export interface PrioritySummary {
  priorityArea: string;
  places: number;
  /** Different problems (the same text at two places counts once). */
  problems: number;
  causes: number;
  actions: number;
  /** Actions whose status is 'klar'. */
  done: number;
}

const key = (t: string) => t.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');

/** Per priority area, in the order they first appear; rows without text are not counted. */
export function planSummary(places: PlaceDocument[]): PrioritySummary[] {
  const byArea = new Map<
    string,
    {
      places: Set<string>;
      problems: Set<string>;
      causes: Set<string>;
      actions: number;
      done: number;
    }
  >();
  for (const place of places) {
    for (const row of place.plan) {
      const area = row.priorityArea?.trim() || DEFAULT_PRIORITY_AREA;
      let s = byArea.get(area);
      if (!s) {
        s = { places: new Set(), problems: new Set(), causes: new Set(), actions: 0, done: 0 };
        byArea.set(area, s);
      }
      s.places.add(place._id);
      if (row.problem.trim()) s.problems.add(key(row.problem));
      if (row.cause.trim()) s.causes.add(key(row.cause));
      if (row.action.trim()) {
        s.actions++;
        if (row.status === 'klar') s.done++;
      }
    }
  }
  return [...byArea].map(([priorityArea, s]) => ({
    priorityArea,
    places: s.places.size,
    problems: s.problems.size,
    causes: s.causes.size,
    actions: s.actions,
    done: s.done,
  }));
}
