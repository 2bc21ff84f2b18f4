import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, openSection, waitForMapReady, type OpenedPage } from './browser';

/**
 * What new users tripped over, on one page: first the demo, then the user's
 * own files one by one. The clock is fixed to 1 October 2025, between the
 * demo's walks of September and October.
 */
const TODAY = new Date('2025-10-01T10:00:00+02:00');

const OWN_AREAS = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    ['Västra kvarteret', 17.99, 18.025],
    ['Östra kvarteret', 18.025, 18.06],
  ].map(([namn, west, east]) => ({
    type: 'Feature',
    properties: { namn },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, 59.325],
          [east, 59.325],
          [east, 59.34],
          [west, 59.34],
          [west, 59.325],
        ],
      ],
    },
  })),
});

/** From Monday 1 January 2024 to Wednesday 12 March 2025: the latest full week is week 10. */
const OWN_OFFENCES = [
  'Brottsdatum;Klockslag;Brottskategori;Brottstyp;Plats;Latitud;Longitud',
  '2024-01-01;08:00;Våldsbrott;Misshandel;Fleminggatan 20;59,3325;18,0300',
  '2024-01-15;21:40;Våldsbrott;Misshandel;Sankt Göransgatan 5;59,3318;18,0220',
  '2024-02-03;15:10;Narkotikabrott;Innehav;Fleminggatan 22;59,3330;18,0350',
  '2024-03-05;12:00;Våldsbrott;Rån;Drottningholmsvägen 10;59,3310;18,0100',
  '2025-01-02;08:00;Våldsbrott;Misshandel;Fleminggatan 20;59,3325;18,0300',
  '2025-01-20;21:40;Narkotikabrott;Innehav;Sankt Göransgatan 5;59,3318;18,0220',
  '2025-02-10;15:10;Våldsbrott;Misshandel;Fleminggatan 22;59,3330;18,0350',
  '2025-03-12;12:00;Våldsbrott;Rån;Drottningholmsvägen 10;59,3310;18,0100',
].join('\n');

const GPX = readFileSync(join(import.meta.dirname, '../fixtures/formats/vandring-med-stopp.gpx'));

describe('what new users tripped over', () => {
  let opened: OpenedPage;
  const page = () => opened.page;
  const comparisonHead = () => page().getByTestId('comparison-table').locator('thead');
  const legend = () => page().getByTestId('legend');
  const legendTitle = () => legend().locator('h3');
  const dataset = (name: string) => page().getByTestId('dataset').filter({ hasText: name });
  const addFile = async (name: string, mimeType: string, buffer: Buffer) => {
    await page().getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
    await expect.poll(() => dataset(name).count(), { timeout: 30_000 }).toBe(1);
  };

  beforeAll(async () => {
    opened = await openPage('about:blank');
    await opened.page.clock.setFixedTime(TODAY);
    await opened.page.goto(inject('baseUrl'));
    await waitForMapReady(opened.page);
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('labels the walks by their date: done before today, planned after', async () => {
    const text = await legend().innerText();
    expect(text).toMatch(/Planerad trygghetsvandring/);
    expect(text).toMatch(/Genomförd trygghetsvandring/);
  });

  it('keeps "v. 1–53 2024" within the 52 weeks of 2024', async () => {
    const toWeek = page().getByTestId('to-week');
    await toWeek.fill('53');
    await toWeek.press('Tab');
    await expect.poll(() => comparisonHead().innerText()).toMatch(/v\. 1–52\s+2024/);
    expect(await toWeek.inputValue()).toBe('52');
  });

  it('warns that "Helt år 2025" has data only to 2025-10-26 and offers the same dates in 2024', async () => {
    await page().getByTestId('period-kind').selectOption('year');
    await page().getByTestId('year').selectOption('2025');
    const notice = page().getByTestId('incomplete-period');
    await expect
      .poll(() => notice.innerText())
      .toMatch(/^Data finns bara till 2025-10-26: perioden 2025 är ofullständig/);
    await page().getByTestId('same-dates-last-year').click();
    await expect
      .poll(() => comparisonHead().innerText())
      .toMatch(/2025-01-01 –\s+2025-10-26\s+2024-01-01 –\s+2024-10-26/);
    expect(await notice.count()).toBe(0);
  });

  it("keeps a scope after one's own stadsdelar replace the demo's", async () => {
    await openSection(page(), 'Data och filer');
    await addFile('kvarter.geojson', 'application/geo+json', Buffer.from(OWN_AREAS));
    const heading = page().locator('#comparison-title');
    await expect.poll(() => heading.innerText()).toBe('Anmälda brott: Alla områden');
    expect(await page().getByTestId('scope').inputValue()).toBe('all:');
  });

  it("opens one's own offences on week 1 to their latest full week", async () => {
    await addFile('brott.csv', 'text/csv', Buffer.from(OWN_OFFENCES));
    await expect.poll(() => comparisonHead().innerText()).toMatch(/v\. 1–10\s+2025/);
    expect(await page().getByTestId('to-week').inputValue()).toBe('10');
  });

  it('calls only the parts still from the demo "Demodata"', async () => {
    await expect
      .poll(() => page().getByTestId('demo-banner').innerText())
      .toBe('Demodata: ÖDS-utbredningar, platssamverkan, trygghetsvandringar');
    const attribution = page().locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => attribution.innerText()).toMatch(/dina egna områden/);
    expect(await attribution.innerText()).not.toMatch(/Demodata/);
  });

  it('reads a GPX track with waypoints as a walk with numbered stops', async () => {
    await addFile('vandring.gpx', 'application/gpx+xml', GPX);
    expect(await dataset('vandring.gpx').locator('select').first().inputValue()).toBe('walks');
    // The recorded walk of May 2025 replaces the demo's walks; its stops are drawn.
    await expect.poll(() => legend().innerText()).toMatch(/Stopp på vandringen/);
    expect(await legend().innerText()).not.toMatch(/Planerad trygghetsvandring/);
  });

  it('takes the map back to offences per hectare when the indicator shown is removed', async () => {
    const table = 'Område;Andel otrygga (%)\nVästra kvarteret;12\nÖstra kvarteret;8\n';
    await addFile('trygghet.csv', 'text/csv', Buffer.from(table));
    await page().getByTestId('show-indicator').click();
    await expect
      .poll(() => legendTitle().innerText())
      .toMatch(/Andel otrygga \(%\) \(trygghet\.csv\)/);
    await page().getByRole('button', { name: 'Ta bort trygghet.csv' }).click();
    await expect.poll(() => dataset('trygghet.csv').count()).toBe(0);
    await expect.poll(() => legendTitle().innerText()).toMatch(/^Anmälda brott per hektar/);
    expect(await page().locator('.card.error').count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
