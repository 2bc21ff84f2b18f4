/** Longest value shown whole in a message or a chooser; longer ones are cut and their length given. */
export const SHOWN_VALUE_LENGTH = 80;

/** "AAAA…" with the full length, so a 100 000-character cell cannot push everything else out of view. */
export function shortenValue(value: string, max = SHOWN_VALUE_LENGTH): string {
  if (value.length <= max) return value;
  return `${value.slice(0, max)}… (${value.length.toLocaleString('sv-SE').replace(/\s/g, ' ')} tecken)`;
}

/** Every run of more than 200 characters without a space in a message, shortened as by shortenValue. */
export function shortenLongValues(message: string): string {
  return message.replace(/\S{201,}/g, (run) => shortenValue(run));
}
