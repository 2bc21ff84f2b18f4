/** What maplibre reports when a style or tile cannot be fetched (an AJAXError has a status). */
export interface MapLoadError {
  message: string;
  status?: number;
}

/** The cause in plain Swedish; the raw error with its address goes to the console, not to the user. */
function cause(error: MapLoadError): string {
  const status = error.status;
  if (status === 401 || status === 403)
    return 'nyckeln godtogs inte. Kontrollera API-nyckeln under Inställningar';
  if (status === 404) return 'kartan finns inte på den adressen. Välj en annan bakgrundskarta';
  if (status !== undefined && status >= 500)
    return `kartservern har fel just nu (${status}). Försök igen senare`;
  if (status !== undefined && status > 0) return `kartservern svarade med fel ${status}`;
  return 'ingen kontakt med kartservern. Kontrollera nätet och välj kartan igen under Inställningar';
}

/** The one-line notice shown when an online basemap fails and the built-in map takes over. */
export function basemapErrorMessage(label: string, error: MapLoadError): string {
  return `Bakgrundskartan ${label} kunde inte hämtas: ${cause(error)}. Visar den inbyggda kartan.`;
}
