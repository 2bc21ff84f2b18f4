/**
 * The street of an offence's "Plats" ("Sankt Eriksgatan 34B" → "Sankt Eriksgatan"): the house
 * number is dropped so offences along one street are counted together. Empty when there is none.
 */
export function streetName(place: string): string {
  return place.replace(/\s+\d+[A-Za-z]?(-\d+)?$/, '').trim();
}
