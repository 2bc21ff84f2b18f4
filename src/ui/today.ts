import { dayNumber } from '../analysis/isoWeek';

/** Today's local calendar day (the device's clock), as a day number like the offences' dates. */
export function localToday(now = new Date()): number {
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
