import { getTimes } from 'suncalc';

/** Stockholm's city hall: sunset differs by under a minute across the city. */
export const STOCKHOLM: [number, number] = [18.0686, 59.3293];

export interface DuskTimes {
  /** HH:MM local time (Europe/Stockholm), or null when the sun does not set (midsummer). */
  sunset: string | null;
  /** End of civil twilight (sun 6° below the horizon), HH:MM, or null when it never gets there. */
  civilDusk: string | null;
}

const clock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
});

const hhmm = (d: Date | null) => (d === null || Number.isNaN(d.getTime()) ? null : clock.format(d));

/** Sunset and civil dusk on `date` (YYYY-MM-DD), since most walks are meant for the dark. */
export function duskTimes(
  date: string,
  [lon, lat]: [number, number] = STOCKHOLM,
): DuskTimes | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  // Midday UTC is the same calendar day in Stockholm, so suncalc picks that day's evening.
  const noon = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(noon.getTime())) return null;
  const t = getTimes(noon, lat, lon);
  return { sunset: hhmm(t.sunset), civilDusk: hhmm(t.dusk) };
}
