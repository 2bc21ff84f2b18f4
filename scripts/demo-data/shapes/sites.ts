import type { Feature, Point } from 'geojson';
import type { Pos } from './geo';

export interface SiteProps {
  id: string;
  namn: string;
  stadsdelsomrade: string;
  motesfrekvens: string;
  ansvarig: string;
  typ: 'permanent' | 'tillfällig';
  sedan: string;
  beskrivning: string;
}

const KH = 'Kungsholmen';
const NI = 'Norra innerstaden';
const KH_ANSVARIG = 'Kungsholmens SDF och LPO Lidingö-Kungsholmen';
const NI_ANSVARIG = 'Norra innerstadens SDF och LPO Norra innerstaden';
const KVARTAL = '4 gånger per år, extra vid behov';

// Points mark the centre of each site, not an exact meeting address.
const SITES: readonly [SiteProps, Pos][] = [
  [
    {
      id: 'fridhemsplan',
      namn: 'Fridhemsplan',
      stadsdelsomrade: KH,
      motesfrekvens: KVARTAL,
      ansvarig: KH_ANSVARIG,
      typ: 'permanent',
      sedan: '2021',
      beskrivning:
        'Öppen drogscen sedan 2017; våld, stölder och narkotikabrott kring tunnelbaneuppgångarna.',
    },
    [18.0297, 59.3325],
  ],
  [
    {
      id: 'stadshagen',
      namn: 'Stadshagen',
      stadsdelsomrade: KH,
      motesfrekvens: KVARTAL,
      ansvarig: KH_ANSVARIG,
      typ: 'permanent',
      sedan: '2023',
      beskrivning:
        'Drogscenen har vuxit från Fridhemsplan mot Stadshagsplan och Sankt Göransgatan.',
    },
    [18.0178, 59.3372],
  ],
  [
    {
      id: 'kristinebergs-hornsbergs-strand',
      namn: 'Kristinebergs strand och Hornsbergs strand',
      stadsdelsomrade: KH,
      motesfrekvens: '4 gånger per år, främst under sommarhalvåret, extra vid behov',
      ansvarig: KH_ANSVARIG,
      typ: 'permanent',
      sedan: '2022',
      beskrivning:
        'Strandpromenader med många besökare sommartid; ordningsstörningar och nedskräpning.',
    },
    [18.0085, 59.3396],
  ],
  [
    {
      id: 'sankt-goransparken',
      namn: 'Sankt Göransparken',
      stadsdelsomrade: KH,
      motesfrekvens: 'Vid behov',
      ansvarig: KH_ANSVARIG,
      typ: 'tillfällig',
      sedan: '2024',
      beskrivning: 'Tillfällig platssamverkan sedan narkotikabrotten ökade i parken 2024.',
    },
    [18.0205, 59.3362],
  ],
  [
    {
      id: 'john-bergs-plan',
      namn: 'John Bergs plan',
      stadsdelsomrade: KH,
      motesfrekvens: 'Vid behov',
      ansvarig: KH_ANSVARIG,
      typ: 'tillfällig',
      sedan: '2024',
      beskrivning: 'Tillfällig platssamverkan sedan narkotikabrotten ökade på platsen 2024.',
    },
    [18.0272, 59.3372],
  ],
  [
    {
      id: 'klara-sergels-torg',
      namn: 'Klara inkl. Sergels torg',
      stadsdelsomrade: NI,
      motesfrekvens:
        'Strategisk grupp 11 gånger per år (sista tisdagen i månaden utom juli), gemensam fältgenomgång två gånger i veckan, styrgrupp Vision Klara två gånger per år',
      ansvarig: NI_ANSVARIG,
      typ: 'permanent',
      sedan: '2019',
      beskrivning:
        'Öppen drogscen kring Sergels torg och Plattan; flest anmälda brott i stadsdelsområdet.',
    },
    [18.0645, 59.3326],
  ],
  [
    {
      id: 'odenplan',
      namn: 'Odenplan',
      stadsdelsomrade: NI,
      motesfrekvens: 'Löpande',
      ansvarig: NI_ANSVARIG,
      typ: 'permanent',
      sedan: '2020',
      beskrivning:
        'Tidigare öppen drogscen (Odenplan/Observatorielunden) fram till kartläggningen 2023.',
    },
    [18.0492, 59.3428],
  ],
  [
    {
      id: 'stureplan',
      namn: 'Stureplan',
      stadsdelsomrade: NI,
      motesfrekvens: 'Två gånger per termin',
      ansvarig: `${NI_ANSVARIG} samt krögare`,
      typ: 'permanent',
      sedan: '2022',
      beskrivning:
        'Nöjesliv med många serveringstillstånd; narkotika förekommer främst inne på krogarna.',
    },
    [18.0737, 59.3356],
  ],
  [
    {
      id: 'hjorthagen',
      namn: 'Hjorthagen',
      stadsdelsomrade: NI,
      motesfrekvens: 'Vid behov',
      ansvarig: NI_ANSVARIG,
      typ: 'permanent',
      sedan: '2025',
      beskrivning: 'Startad 2025 efter att ett härbärge för hemlösa med missbruk öppnat i området.',
    },
    [18.0985, 59.3533],
  ],
  [
    {
      id: 'stockholm-central',
      namn: 'Stockholm Central och Cityterminalen',
      stadsdelsomrade: NI,
      motesfrekvens: 'Enligt skriftlig överenskommelse',
      ansvarig: `${NI_ANSVARIG}, Jernhusen och SL`,
      typ: 'permanent',
      sedan: '2023-06',
      beskrivning:
        'Skriftlig överenskommelse sedan juni 2023; omkring 200 000 personer passerar stationen varje dag.',
    },
    [18.0578, 59.3313],
  ],
];

export const sites: Feature<Point, SiteProps>[] = SITES.map(([properties, [lon, lat]]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lon, lat] },
}));
