import type { Feature, LineString } from 'geojson';
import { type Pos, line } from './geo';

export interface WalkProps {
  id: string;
  namn: string;
  datum: string;
  starttid: string;
  arrangor: string;
  stadsdelsomrade: string;
  motesplats: string;
}

const KH = 'Kungsholmen';
const NI = 'Norra innerstaden';
const KH_ARR = 'Kungsholmens SDF och polisen';
const NI_ARR = 'Norra innerstadens SDF och polisen';

// Kungsholmen walks at least twice a year (spring, autumn); Norra
// innerstaden once a term. Routes follow streets through the places chosen
// from deviations reported to police and SDF.
const WALKS: readonly [WalkProps, Pos[]][] = [
  [
    {
      id: 'kh-2025-var',
      namn: 'Fridhemsplan–Stadshagen',
      datum: '2025-04-23',
      starttid: '18:30',
      arrangor: KH_ARR,
      stadsdelsomrade: KH,
      motesplats: 'Fridhemsplans tunnelbaneuppgång vid S:t Eriksgatan',
    },
    [
      [18.0315, 59.3325],
      [18.0305, 59.3328],
      [18.029, 59.3332],
      [18.027, 59.3342],
      [18.0245, 59.3352],
      [18.022, 59.336],
      [18.0198, 59.3367],
      [18.018, 59.3373],
      [18.015, 59.3376],
      [18.012, 59.3382],
      [18.009, 59.3386],
      [18.0085, 59.3394],
    ],
  ],
  [
    {
      id: 'kh-2025-host',
      namn: 'Kristinebergs strand och Hornsbergs strand',
      datum: '2025-09-17',
      starttid: '18:00',
      arrangor: KH_ARR,
      stadsdelsomrade: KH,
      motesplats: 'Kristinebergs tunnelbanestation',
    },
    [
      [18.003, 59.3327],
      [18.0042, 59.334],
      [18.0047, 59.3355],
      [18.0045, 59.337],
      [18.002, 59.3378],
      [17.999, 59.3372],
      [18.001, 59.3385],
      [18.004, 59.3394],
      [18.008, 59.3398],
      [18.012, 59.3398],
      [18.016, 59.3396],
      [18.0195, 59.3393],
      [18.0185, 59.338],
      [18.0178, 59.3372],
    ],
  ],
  [
    {
      id: 'kh-2026-var',
      namn: 'Sankt Göransparken och John Bergs plan',
      datum: '2026-04-22',
      starttid: '18:30',
      arrangor: KH_ARR,
      stadsdelsomrade: KH,
      motesplats: 'Stadshagens tunnelbanestation, uppgången vid Sankt Göransgatan',
    },
    [
      [18.0178, 59.3372],
      [18.0198, 59.3367],
      [18.0205, 59.3362],
      [18.022, 59.336],
      [18.0245, 59.3365],
      [18.026, 59.337],
      [18.0272, 59.3372],
      [18.0285, 59.3362],
      [18.029, 59.3347],
      [18.0292, 59.3335],
      [18.0297, 59.3325],
    ],
  ],
  [
    {
      id: 'kh-2026-host',
      namn: 'Kronoberg–Fridhemsplan',
      datum: '2026-09-23',
      starttid: '18:00',
      arrangor: KH_ARR,
      stadsdelsomrade: KH,
      motesplats: 'Rådhusets tunnelbanestation, uppgången vid Kungsholmsgatan',
    },
    [
      [18.0445, 59.3316],
      [18.042, 59.3317],
      [18.04, 59.3318],
      [18.0385, 59.3312],
      [18.037, 59.3306],
      [18.0345, 59.3304],
      [18.0318, 59.3305],
      [18.0315, 59.3318],
      [18.0318, 59.333],
      [18.034, 59.3332],
      [18.038, 59.3336],
      [18.04, 59.3345],
      [18.0385, 59.3358],
      [18.0345, 59.3358],
      [18.0322, 59.3342],
      [18.0305, 59.3328],
    ],
  ],
  [
    {
      id: 'ni-2025-vt',
      namn: 'Klara och Sergels torg',
      datum: '2025-03-25',
      starttid: '18:00',
      arrangor: NI_ARR,
      stadsdelsomrade: NI,
      motesplats: 'Sergels torg, vid glasobelisken',
    },
    [
      [18.0648, 59.3324],
      [18.0638, 59.3328],
      [18.0625, 59.334],
      [18.0612, 59.3352],
      [18.059, 59.3343],
      [18.0575, 59.3341],
      [18.0585, 59.3328],
      [18.059, 59.3318],
      [18.061, 59.332],
      [18.063, 59.3323],
      [18.065, 59.3318],
      [18.0665, 59.3308],
      [18.068, 59.3297],
    ],
  ],
  [
    {
      id: 'ni-2025-ht',
      namn: 'Odenplan och Observatorielunden',
      datum: '2025-10-14',
      starttid: '18:30',
      arrangor: NI_ARR,
      stadsdelsomrade: NI,
      motesplats: 'Odenplan, vid Gustaf Vasa kyrka',
    },
    [
      [18.0485, 59.3432],
      [18.049, 59.343],
      [18.052, 59.3433],
      [18.055, 59.3436],
      [18.0568, 59.342],
      [18.0585, 59.3405],
      [18.0565, 59.34],
      [18.0545, 59.3405],
      [18.052, 59.3408],
      [18.05, 59.3412],
      [18.0485, 59.342],
      [18.0475, 59.3428],
    ],
  ],
  [
    {
      id: 'ni-2026-vt',
      namn: 'Hjorthagen och Ropsten',
      datum: '2026-03-24',
      starttid: '18:00',
      arrangor: NI_ARR,
      stadsdelsomrade: NI,
      motesplats: 'Ropstens tunnelbanestation',
    },
    [
      [18.1022, 59.3574],
      [18.1005, 59.3565],
      [18.0985, 59.3555],
      [18.0965, 59.3545],
      [18.0945, 59.3535],
      [18.094, 59.3522],
      [18.096, 59.3528],
      [18.0985, 59.3533],
      [18.1005, 59.354],
      [18.103, 59.3552],
      [18.1022, 59.3574],
    ],
  ],
  [
    {
      id: 'ni-2026-ht',
      namn: 'Stureplan och Humlegården',
      datum: '2026-10-13',
      starttid: '19:00',
      arrangor: NI_ARR,
      stadsdelsomrade: NI,
      motesplats: 'Stureplan, vid Svampen',
    },
    [
      [18.0737, 59.3356],
      [18.0745, 59.336],
      [18.0752, 59.337],
      [18.0758, 59.3385],
      [18.075, 59.3398],
      [18.0725, 59.3403],
      [18.0705, 59.3395],
      [18.0718, 59.3372],
      [18.0737, 59.3356],
      [18.0725, 59.3352],
      [18.07, 59.3351],
    ],
  ],
];

export const walks: Feature<LineString, WalkProps>[] = WALKS.map(([properties, points]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'LineString', coordinates: line(points) },
}));
