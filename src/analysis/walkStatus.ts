import { parseIsoDate } from './isoWeek';

export type WalkStatus = 'planned' | 'today' | 'done';

export const WALK_STATUS_LABELS: Record<WalkStatus, string> = {
  planned: 'Planerad',
  today: 'I dag',
  done: 'Genomförd',
};

/** A walk's status from its date and today's (both local calendar days); null without a date. */
export function walkStatus(date: string, today: number): WalkStatus | null {
  const day = parseIsoDate(date);
  if (day === null) return null;
  return day > today ? 'planned' : day < today ? 'done' : 'today';
}
