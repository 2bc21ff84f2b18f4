import type { Feature, Polygon } from 'geojson';
import { type Pos, ring } from './geo';

export interface OdsProps {
  id: string;
  namn: string;
  ar: number;
  status: string;
  stadsdelsomrade: string;
}

// The Fridhemsplan extents follow the lägesbild 2023 map in spirit: 2021
// reaches east over the former S:t Eriks ögonsjukhus site and towards
// Kronobergsparken; 2023 drops those and grows north-west along Sankt
// Göransgatan to Stadshagsplan; 2024 adds a bit towards John Bergs plan.
// Edges stay north of Drottningholmsvägen west of Fridhemsgatan so that the
// scene lies inside the Kungsholmen and Stadshagen stadsdelar.

const FRIDHEMSPLAN_2021: Pos[] = [
  [18.0275, 59.3316],
  [18.03, 59.3311],
  [18.034, 59.3311],
  [18.0368, 59.3308],
  [18.0378, 59.3318],
  [18.0375, 59.3328],
  [18.0398, 59.3337],
  [18.04, 59.335],
  [18.0385, 59.3358],
  [18.0358, 59.3356],
  [18.0342, 59.3344],
  [18.0318, 59.3346],
  [18.029, 59.3347],
  [18.0272, 59.334],
  [18.0268, 59.3328],
];

const FRIDHEMSPLAN_STADSHAGEN_2023: Pos[] = [
  [18.0268, 59.3312],
  [18.03, 59.3306],
  [18.0338, 59.3308],
  [18.0345, 59.3325],
  [18.0342, 59.334],
  [18.032, 59.335],
  [18.029, 59.3356],
  [18.0255, 59.3368],
  [18.0215, 59.338],
  [18.018, 59.3388],
  [18.0155, 59.3378],
  [18.016, 59.3362],
  [18.019, 59.335],
  [18.0215, 59.3336],
  [18.024, 59.3325],
  [18.0262, 59.3323],
];

const FRIDHEMSPLAN_STADSHAGEN_2024: Pos[] = [
  [18.0268, 59.3312],
  [18.03, 59.3306],
  [18.0338, 59.3308],
  [18.0345, 59.3325],
  [18.0342, 59.334],
  [18.032, 59.335],
  [18.0295, 59.3358],
  [18.0292, 59.3368],
  [18.0272, 59.3379],
  [18.025, 59.3382],
  [18.0215, 59.3382],
  [18.018, 59.339],
  [18.0152, 59.338],
  [18.0158, 59.3362],
  [18.019, 59.3349],
  [18.0215, 59.3335],
  [18.024, 59.3325],
  [18.0262, 59.3323],
];

// Klara: Sergels torg, Plattan, Klarabergsgatan up to Vasagatan/Centralen
// and the south part of Drottninggatan; it shifts a little between mappings.
const KLARA_2021: Pos[] = [
  [18.0598, 59.3312],
  [18.0625, 59.3306],
  [18.066, 59.331],
  [18.0672, 59.3322],
  [18.0665, 59.3336],
  [18.064, 59.3343],
  [18.0612, 59.334],
  [18.0594, 59.3328],
];
const KLARA_2023: Pos[] = [
  [18.0598, 59.3312],
  [18.0625, 59.3305],
  [18.0662, 59.3308],
  [18.0676, 59.3322],
  [18.0668, 59.3338],
  [18.0642, 59.3348],
  [18.0622, 59.3352],
  [18.0605, 59.3342],
  [18.0594, 59.3328],
];
const KLARA_2024: Pos[] = [
  [18.0588, 59.3308],
  [18.0625, 59.3303],
  [18.0662, 59.3308],
  [18.0676, 59.3322],
  [18.0668, 59.3338],
  [18.0642, 59.3348],
  [18.0622, 59.3352],
  [18.0598, 59.3345],
  [18.0583, 59.3325],
];

// Odenplan square, Observatorielunden and the Sveavägen/Odengatan corner.
const ODENPLAN_2021: Pos[] = [
  [18.0468, 59.3425],
  [18.048, 59.3408],
  [18.0515, 59.34],
  [18.0545, 59.3408],
  [18.0555, 59.3425],
  [18.055, 59.344],
  [18.051, 59.3442],
  [18.0475, 59.344],
];

const KH = 'Kungsholmen';
const NI = 'Norra innerstaden';

const AREAS: readonly [OdsProps, Pos[]][] = [
  [
    { id: 'fridhemsplan-2021', namn: 'Fridhemsplan', ar: 2021, status: 'ÖDS', stadsdelsomrade: KH },
    FRIDHEMSPLAN_2021,
  ],
  [
    {
      id: 'fridhemsplan-stadshagen-2023',
      namn: 'Fridhemsplan/Stadshagen',
      ar: 2023,
      status: 'ÖDS',
      stadsdelsomrade: KH,
    },
    FRIDHEMSPLAN_STADSHAGEN_2023,
  ],
  [
    {
      id: 'fridhemsplan-stadshagen-2024',
      namn: 'Fridhemsplan/Stadshagen',
      ar: 2024,
      status: 'ÖDS',
      stadsdelsomrade: KH,
    },
    FRIDHEMSPLAN_STADSHAGEN_2024,
  ],
  [
    {
      id: 'klara-sergels-torg-2021',
      namn: 'Klara/Sergels torg',
      ar: 2021,
      status: 'ÖDS',
      stadsdelsomrade: NI,
    },
    KLARA_2021,
  ],
  [
    {
      id: 'klara-sergels-torg-2023',
      namn: 'Klara/Sergels torg',
      ar: 2023,
      status: 'ÖDS',
      stadsdelsomrade: NI,
    },
    KLARA_2023,
  ],
  [
    {
      id: 'klara-sergels-torg-2024',
      namn: 'Klara/Sergels torg',
      ar: 2024,
      status: 'ÖDS',
      stadsdelsomrade: NI,
    },
    KLARA_2024,
  ],
  [
    {
      id: 'odenplan-2021',
      namn: 'Odenplan/Observatorielunden',
      ar: 2021,
      status: 'Upphörde 2023',
      stadsdelsomrade: NI,
    },
    ODENPLAN_2021,
  ],
];

export const odsAreas: Feature<Polygon, OdsProps>[] = AREAS.map(([properties, points]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: [ring(points)] },
}));
