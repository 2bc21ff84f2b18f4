import { describe, expect, it } from 'vitest';
import { basemapErrorMessage } from './basemapError';

const OSM = 'OpenStreetMap (kräver nät)';

describe('the notice for a failed online basemap', () => {
  it('says in Swedish that there is no connection, without the raw error or its address', () => {
    const text = basemapErrorMessage(OSM, {
      message: 'AJAXError: Failed to fetch (0): https://tiles.openfreemap.org/styles/liberty',
      status: 0,
    });
    expect(text).toBe(
      'Bakgrundskartan OpenStreetMap (kräver nät) kunde inte hämtas: ingen kontakt med kartservern. Kontrollera nätet och välj kartan igen under Inställningar. Visar den inbyggda kartan.',
    );
  });

  it('points to the API key when the server refuses it', () => {
    expect(basemapErrorMessage('Lantmäteriet', { message: 'x', status: 401 })).toMatch(
      /nyckeln godtogs inte\. Kontrollera API-nyckeln under Inställningar/,
    );
  });

  it('names a server error by its status', () => {
    expect(basemapErrorMessage(OSM, { message: 'x', status: 503 })).toMatch(
      /kartservern har fel just nu \(503\)/,
    );
  });

  it('never passes the error text on to the user', () => {
    const text = basemapErrorMessage(OSM, { message: 'TypeError: secret https://x.test/?key=abc' });
    expect(text).not.toMatch(/TypeError|https?:|key=/);
  });
});
