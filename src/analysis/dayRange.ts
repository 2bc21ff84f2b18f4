/** First and last day (days since 1970-01-01) of the offences; Infinity/−Infinity when empty. */
export function dayRangeOf(o: { count: number; day: Int32Array }): {
  firstDay: number;
  lastDay: number;
} {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < o.count; i++) {
    if (o.day[i] < firstDay) firstDay = o.day[i];
    if (o.day[i] > lastDay) lastDay = o.day[i];
  }
  return { firstDay, lastDay };
}
