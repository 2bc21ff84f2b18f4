import { dayNumber, formatDay, isoWeekday } from '../../analysis/isoWeek';
import type { SiteFeature } from '../../data/parseOverlays';
import type { DocStore } from '../../persistence/docStore';
import {
  newDocument,
  type ActionDocument,
  type ActionStatus,
  type MeetingSeriesDocument,
  type PlaceDocument,
  type PlanRow,
} from '../../persistence/documents';

/**
 * The åtgärdsplaner of the demo sites, in our words after the lägesbild
 * documents (Kungsholmen 2025/2026, Norra innerstaden 2025): problem, orsak,
 * åtgärd, operativt mål, när, vem. Preloaded once; the user edits from there.
 */
const PLACES_AREA = 'Otrygga och brottsutsatta platser';
const DRUGS_AREA = 'Narkotika och öppna drogscener';

type Row = [
  area: string,
  problem: string,
  cause: string,
  action: string,
  goal: string,
  when: string,
  who: string,
  status: ActionStatus,
];

const KUNGSHOLMEN_WHO = 'Kungsholmens SDF, LPO Lidingö-Kungsholmen';
const NORRA_WHO = 'Norra innerstadens SDF, LPO Norra innerstaden';

const PLANS: Record<string, Row[]> = {
  fridhemsplan: [
    [
      DRUGS_AREA,
      'Öppen drogscen: försäljning och bruk av narkotika vid tunnelbaneuppgångarna',
      'Knutpunkt med stora flöden; scenen har funnits sedan 2017',
      'Platssamverkan Fridhemsplan/Stadshagen 4 gånger per år, extra vid behov',
      'Gemensam lägesbild och samordnade insatser varje kvartal',
      '4 gånger per år',
      `${KUNGSHOLMEN_WHO}, fastighetsägare`,
      'pågår',
    ],
    [
      PLACES_AREA,
      'Våld och stölder kring Sankt Eriksgatan, Sankt Göransgatan och Fleminggatan',
      'Drogscenen drar till sig brott; mörka passager',
      'Trygghetsvandring med polisen minst två gånger per år',
      'Åtgärdslista till trafikkontoret efter varje vandring',
      'Vår och höst',
      `${KUNGSHOLMEN_WHO}, trafikkontoret`,
      'klar',
    ],
  ],
  stadshagen: [
    [
      DRUGS_AREA,
      'Drogscenen har vuxit mot Stadshagsplan och Sankt Göransgatan',
      'Förflyttning från Fridhemsplan när polisen är där',
      'Ingår i platssamverkan Fridhemsplan/Stadshagen',
      'Mindre narkotikaförsäljning i området',
      '4 gånger per år',
      KUNGSHOLMEN_WHO,
      'pågår',
    ],
    [
      PLACES_AREA,
      '16 % känner sig otrygga ute på kvällen (trygghetsmätningen 2024)',
      'Narkotikahandel och ordningsstörningar i parkstråken',
      'Bättre belysning och röjning av buskage i parkstråken',
      'Färre otrygga platser i nästa mätning',
      '2025',
      'Trafikkontoret, Kungsholmens SDF',
      'planerad',
    ],
  ],
  'kristinebergs-hornsbergs-strand': [
    [
      PLACES_AREA,
      'Ordningsstörningar och nedskräpning sommartid',
      'Många besökare på strandpromenaderna sommarkvällar',
      'Platssamverkan 4 gånger per år, främst sommarhalvåret; ordningsvakter kvällstid',
      'Färre anmälningar om ordningsstörning under sommaren',
      'Maj–september',
      `${KUNGSHOLMEN_WHO}, Avarn`,
      'pågår',
    ],
  ],
  'sankt-goransparken': [
    [
      DRUGS_AREA,
      'Narkotikabrotten ökade i parken 2024',
      'Förflyttning från Fridhemsplan',
      'Tillfällig platssamverkan; fältassistenter i parken kvällstid',
      'Narkotikabrotten tillbaka på 2023 års nivå',
      'Vid behov',
      `${KUNGSHOLMEN_WHO}, fältassistenter`,
      'pågår',
    ],
  ],
  'john-bergs-plan': [
    [
      DRUGS_AREA,
      'Narkotikabrotten ökade på platsen 2024',
      'Förflyttning från Fridhemsplan',
      'Tillfällig platssamverkan; polisens närvaro kvällstid',
      'Narkotikabrotten tillbaka på 2023 års nivå',
      'Vid behov',
      KUNGSHOLMEN_WHO,
      'pågår',
    ],
  ],
  'klara-sergels-torg': [
    [
      DRUGS_AREA,
      'Öppen drogscen kring Sergels torg och Plattan',
      'Centralt läge med stora flöden av människor',
      'Strategisk grupp 11 gånger per år (sista tisdagen i månaden utom juli)',
      'Samordnade insatser varje månad',
      '11 gånger per år',
      `${NORRA_WHO}, Avarn, fastighetsägare`,
      'pågår',
    ],
    [
      PLACES_AREA,
      'Flest anmälda brott i stadsdelsområdet',
      'Centralt läge med stora flöden av människor',
      'Gemensam fältgenomgång två gånger i veckan',
      'Samma bild av läget hos alla parter varje vecka',
      'Två gånger i veckan',
      NORRA_WHO,
      'pågår',
    ],
    [
      PLACES_AREA,
      'Otrygghet i Klaraområdet',
      'Drogscen och stora flöden',
      'Styrgrupp Vision Klara två gånger per år',
      'Långsiktig plan för platsen',
      'Två gånger per år',
      `${NORRA_WHO}, stadsutveckling`,
      'planerad',
    ],
  ],
  odenplan: [
    [
      DRUGS_AREA,
      'Tidigare öppen drogscen (Odenplan/Observatorielunden) fram till 2023',
      'Risk att scenen etableras igen',
      'Löpande platssamverkan och uppföljning av anmälda brott',
      'Ingen ny drogscen vid kartläggningen',
      'Löpande',
      NORRA_WHO,
      'pågår',
    ],
  ],
  stureplan: [
    [
      DRUGS_AREA,
      'Narkotika förekommer inne på nöjeslivets krogar',
      'Nöjesliv med många serveringstillstånd',
      'Platssamverkan två gånger per termin med krögarna',
      'Krögarna utbildade i narkotikafrågor',
      'Två gånger per termin',
      `${NORRA_WHO}, krögare`,
      'pågår',
    ],
  ],
  hjorthagen: [
    [
      PLACES_AREA,
      'Oro i området efter att ett härbärge för hemlösa med missbruk öppnat',
      'Nytt härbärge 2025',
      'Platssamverkan startad 2025; dialog med boende',
      'Boende vet vart de vänder sig',
      '2025',
      `${NORRA_WHO}, härbärget`,
      'planerad',
    ],
  ],
  'stockholm-central': [
    [
      PLACES_AREA,
      'Ordningsstörningar där omkring 200 000 personer passerar varje dag',
      'Stockholms största knutpunkt',
      'Skriftlig överenskommelse sedan juni 2023 med Jernhusen och SL',
      'Gemensam uppföljning av anmälda brott',
      'Enligt överenskommelsen',
      `${NORRA_WHO}, Jernhusen, SL`,
      'klar',
    ],
  ],
};

/** Meeting decisions already on record in the demo, shown on the map and at the next meeting. */
const ACTIONS: {
  site: string;
  title: string;
  responsible: string;
  deadline: string;
  status: ActionStatus;
  reason?: string;
  /** The meeting that decided it, so the demo shows one decision as new since the last meeting. */
  decided: string;
}[] = [
  {
    site: 'fridhemsplan',
    decided: '2025-10-14',
    title: 'Laga belysningen vid uppgången mot Sankt Eriksgatan',
    responsible: 'Trafikkontoret',
    deadline: '2025-11-15',
    status: 'planerad',
  },
  {
    site: 'sankt-goransparken',
    decided: '2025-09-30',
    title: 'Röj buskagen vid lekplatsen',
    responsible: 'Kungsholmens SDF, parkenheten',
    deadline: '2025-10-31',
    status: 'pågår',
  },
  {
    site: 'stadshagen',
    decided: '2025-08-19',
    title: 'Ordningsvakter kvällstid vid Stadshagsplan',
    responsible: 'Avarn',
    deadline: '2025-09-30',
    status: 'klar',
  },
  {
    site: 'klara-sergels-torg',
    decided: '2025-09-30',
    title: 'Extra städning av Plattan på helger',
    responsible: 'Trafikkontoret',
    deadline: '2025-10-15',
    status: 'avböjd',
    reason: 'Ingen budget i år; tas upp igen i januari.',
  },
  {
    site: 'john-bergs-plan',
    decided: '2025-09-16',
    title: 'Polisens närvaro fredag och lördag kväll',
    responsible: 'LPO Lidingö-Kungsholmen',
    deadline: '2025-11-30',
    status: 'pågår',
  },
];

/** Every other Tuesday (EST) and the last Tuesday of each month but July (Klara), 2025–2026. */
function biweeklyTuesdays(): string[] {
  const out: string[] = [];
  for (let d = dayNumber(2025, 1, 7); d <= dayNumber(2026, 12, 22); d += 14) out.push(formatDay(d));
  return out;
}

function lastTuesdays(): string[] {
  const out: string[] = [];
  for (const year of [2025, 2026]) {
    for (let month = 1; month <= 12; month++) {
      if (month === 7) continue;
      let d = dayNumber(year, month + 1, 1) - 1;
      while (isoWeekday(d) !== 2) d--;
      out.push(formatDay(d));
    }
  }
  return out;
}

export const DEMO_AUTHOR = 'Demodata';
/** Written last: once it exists the demo has been preloaded, and deleted places stay deleted. */
export const DEMO_SERIES_IDS = ['meetingSeries:demo-est-kungsholmen', 'meetingSeries:demo-klara'];

const row = ([priorityArea, problem, cause, action, goal, when, who, status]: Row): PlanRow => ({
  problem,
  cause,
  action,
  goal,
  when,
  who,
  followUp: '',
  priorityArea,
  status,
});

export function demoPlaceDocuments(sites: SiteFeature[], now: Date): PlaceDocument[] {
  return sites
    .filter((s) => PLANS[s.id])
    .map((s) =>
      newDocument(
        'place',
        {
          name: s.name,
          kind: 'platssamverkan',
          geometry: { type: 'Point', coordinates: s.position },
          members: s.responsible
            .split(/,| och | samt /)
            .map((m) => m.trim())
            .filter(Boolean),
          cadence: s.cadence,
          responsible: s.responsible,
          plan: PLANS[s.id].map(row),
          district: s.district,
          ...(s.kind === 'tillfällig' ? { temporary: true } : {}),
        },
        { author: DEMO_AUTHOR, now, id: `place:${s.id}` },
      ),
    );
}

export function demoActionDocuments(): ActionDocument[] {
  return ACTIONS.map((a, i) =>
    newDocument(
      'action',
      {
        placeId: `place:${a.site}`,
        observationId: null,
        title: a.title,
        responsible: a.responsible,
        deadline: a.deadline,
        status: a.status,
        reason: a.reason ?? '',
      },
      { author: DEMO_AUTHOR, now: new Date(`${a.decided}T10:00:00Z`), id: `action:demo-${i + 1}` },
    ),
  );
}

export function demoSeriesDocuments(now: Date): MeetingSeriesDocument[] {
  return [
    newDocument(
      'meetingSeries',
      {
        name: 'EST Kungsholmen',
        district: 'Kungsholmen',
        dates: biweeklyTuesdays(),
        agenda: [
          'place:fridhemsplan',
          'ods:fridhemsplan-stadshagen-2024',
          'place:stadshagen',
          'place:kristinebergs-hornsbergs-strand',
          'place:sankt-goransparken',
          'place:john-bergs-plan',
        ],
      },
      { author: DEMO_AUTHOR, now, id: DEMO_SERIES_IDS[0] },
    ),
    newDocument(
      'meetingSeries',
      {
        name: 'Strategisk grupp Klara och Norra innerstaden',
        district: 'Norra innerstaden',
        dates: lastTuesdays(),
        agenda: [
          'place:klara-sergels-torg',
          'ods:klara-sergels-torg-2024',
          'place:stockholm-central',
          'place:odenplan',
          'place:stureplan',
          'place:hjorthagen',
        ],
      },
      { author: DEMO_AUTHOR, now, id: DEMO_SERIES_IDS[1] },
    ),
  ];
}

/**
 * Preloads the demo's places, their plans, a few decisions and the two
 * groups' meeting dates, once: a document that exists is never overwritten,
 * and once the groups exist nothing is added again. Returns whether it wrote.
 */
export async function seedDemoPlaces(
  store: DocStore,
  sites: SiteFeature[],
  now = new Date(),
): Promise<boolean> {
  for (const id of DEMO_SERIES_IDS) if (await store.get(id)) return false;
  const docs = [
    ...demoPlaceDocuments(sites, now),
    ...demoActionDocuments(),
    ...demoSeriesDocuments(now),
  ];
  for (const doc of docs) if (!(await store.get(doc._id))) await store.put(doc);
  return true;
}
