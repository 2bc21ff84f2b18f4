import type { Feature, Polygon } from 'geojson';
import { type Border, rev, ring } from './geo';

export type Stadsdelsomrade = 'Kungsholmen' | 'Norra innerstaden';

export interface StadsdelProps {
  namn: string;
  stadsdelsomrade: Stadsdelsomrade;
}

// Borders are drawn once and reused by both neighbours so that the demo
// stadsdelar tile without gaps or overlaps. Borders on water follow the
// middle of the channel, as the city's own stadsdel layer covers water too.

// ---- Kungsholmen stadsdelsområde ----------------------------------------

/** Klara sjö from Stadshusbron to Barnhusbron (Kungsholmen | Norrmalm). */
const KLARA_SJO: Border = [
  [18.0585, 59.3284],
  [18.0568, 59.3298],
  [18.055, 59.3315],
  [18.053, 59.333],
  [18.051, 59.3343],
  [18.0488, 59.3357],
  [18.0465, 59.337],
];
/** Barnhusviken, Karlbergskanalen and east Karlbergssjön (Kungsholmen | Vasastaden). */
const KARLBERGSKANALEN: Border = [
  [18.0465, 59.337],
  [18.044, 59.3376],
  [18.04, 59.3378],
  [18.036, 59.3381],
  [18.0335, 59.3386],
  [18.03, 59.3394],
  [18.0255, 59.3398],
];
/** Karlbergssjön along Stadshagen's north shore. */
const KARLBERGSSJON_W: Border = [
  [18.0255, 59.3398],
  [18.021, 59.34],
  [18.016, 59.3402],
  [18.011, 59.3405],
  [18.006, 59.3408],
];
/** Ulvsundasjön and Tranebergssund around Hornsberg and Kristineberg. */
const ULVSUNDASJON: Border = [
  [18.006, 59.3408],
  [18.002, 59.3402],
  [17.998, 59.3388],
  [17.9955, 59.3365],
  [17.9945, 59.335],
  [17.9935, 59.3338],
];
/** Tranebergssund south of the bridge, west of Fredhäll (Bromma across). */
const TRANEBERGSSUND_S: Border = [
  [17.9935, 59.3338],
  [17.9935, 59.3318],
  [17.993, 59.3292],
];
const FREDHALL_STORA_ESSINGEN: Border = [
  [17.993, 59.3292],
  [17.996, 59.328],
  [17.9985, 59.3272],
];
const FREDHALL_LILLA_ESSINGEN: Border = [
  [17.9985, 59.3272],
  [18.003, 59.3268],
  [18.007, 59.3264],
  [18.011, 59.3258],
];
const MARIEBERG_LILLA_ESSINGEN: Border = [
  [18.011, 59.3258],
  [18.014, 59.3248],
  [18.016, 59.3238],
];
/** Water south of Marieberg, towards Långholmen. */
const MARIEBERG_SOUTH: Border = [
  [18.016, 59.3238],
  [18.02, 59.3222],
  [18.0245, 59.3213],
];
/** Riddarfjärden, middle of the water towards Södermalm and Riddarholmen. */
const RIDDARFJARDEN: Border = [
  [18.0245, 59.3213],
  [18.028, 59.3222],
  [18.032, 59.3236],
  [18.038, 59.3236],
  [18.045, 59.3237],
  [18.052, 59.3242],
  [18.0565, 59.3255],
  [18.0585, 59.327],
  [18.0585, 59.3284],
];
const LILLA_ESSINGEN_SOUTH: Border = [
  [18.016, 59.3238],
  [18.0165, 59.322],
  [18.014, 59.3205],
  [18.009, 59.32],
  [18.004, 59.3205],
];
const LILLA_STORA_ESSINGEN: Border = [
  [18.004, 59.3205],
  [18.0, 59.3225],
  [17.9985, 59.325],
  [17.9985, 59.3272],
];
const STORA_ESSINGEN_OUTER: Border = [
  [18.004, 59.3205],
  [18.0005, 59.3185],
  [17.995, 59.317],
  [17.988, 59.3165],
  [17.981, 59.3172],
  [17.9765, 59.319],
  [17.9748, 59.3216],
  [17.977, 59.3244],
  [17.9825, 59.3262],
  [17.9885, 59.3278],
  [17.993, 59.3292],
];
/** Through Östra S:t Göran, just west of Fridhemsplan (Kungsholmen | Stadshagen). */
const KUNGSHOLMEN_STADSHAGEN: Border = [
  [18.0255, 59.3398],
  [18.0258, 59.337],
  [18.026, 59.3345],
  [18.0258, 59.332],
];
/** South past Rålambshovsparken to Riddarfjärden (Kungsholmen | Marieberg). */
const KUNGSHOLMEN_MARIEBERG: Border = [
  [18.0258, 59.332],
  [18.0255, 59.33],
  [18.0252, 59.328],
  [18.025, 59.326],
  [18.0245, 59.3213],
];
/** From Hornsberg diagonally to Thorildsplan (Stadshagen | Kristineberg). */
const STADSHAGEN_KRISTINEBERG: Border = [
  [18.006, 59.3408],
  [18.01, 59.3373],
  [18.014, 59.3345],
  [18.018, 59.3318],
];
/** Drottningholmsvägen past Thorildsplan (Kristineberg | Marieberg). */
const DROTTNINGHOLMSVAGEN_M: Border = [
  [18.0115, 59.3316],
  [18.016, 59.3316],
  [18.018, 59.3318],
];
/** Drottningholmsvägen east of Thorildsplan (Stadshagen | Marieberg). */
const DROTTNINGHOLMSVAGEN_E: Border = [
  [18.018, 59.3318],
  [18.022, 59.3318],
  [18.0258, 59.332],
];
/** Drottningholmsvägen west of Essingeleden (Kristineberg | Fredhäll). */
const DROTTNINGHOLMSVAGEN_W: Border = [
  [17.9935, 59.3338],
  [18.0, 59.3328],
  [18.006, 59.332],
  [18.0115, 59.3316],
];
/** Along Essingeleden south of Drottningholmsvägen (Fredhäll | Marieberg). */
const FREDHALL_MARIEBERG: Border = [
  [18.0115, 59.3316],
  [18.0112, 59.329],
  [18.011, 59.3258],
];

// ---- Norra innerstaden stadsdelsområde -----------------------------------

/** Roughly Tegnérgatan (Norrmalm | Vasastaden). */
const NORRMALM_VASASTADEN: Border = [
  [18.0465, 59.337],
  [18.05, 59.3376],
  [18.054, 59.3381],
  [18.06, 59.3393],
  [18.064, 59.3404],
  [18.067, 59.3413],
];
/** Birger Jarlsgatan from Tegnérgatan to Nybroplan (Norrmalm | Östermalm). */
const BIRGER_JARLSGATAN_S: Border = [
  [18.067, 59.3413],
  [18.0695, 59.3392],
  [18.0718, 59.3372],
  [18.0737, 59.3356],
  [18.0752, 59.3342],
  [18.0765, 59.333],
];
/** Nybroviken (Blasieholmen | Strandvägen). */
const NYBROVIKEN: Border = [
  [18.0765, 59.333],
  [18.0785, 59.3312],
  [18.0805, 59.3294],
  [18.0815, 59.3284],
];
const NORRMALM_SKEPPSHOLMEN: Border = [
  [18.0815, 59.3284],
  [18.08, 59.3276],
  [18.079, 59.3266],
];
/** Strömmen and Norrström, towards Gamla stan. */
const STROMMEN: Border = [
  [18.079, 59.3266],
  [18.074, 59.3282],
  [18.07, 59.3293],
  [18.066, 59.329],
  [18.062, 59.3283],
  [18.0585, 59.3284],
];
/** Birger Jarlsgatan from Tegnérgatan to Roslagstull (Vasastaden | Östermalm). */
const BIRGER_JARLSGATAN_N: Border = [
  [18.067, 59.3413],
  [18.0648, 59.3432],
  [18.0625, 59.3452],
  [18.06, 59.3472],
  [18.058, 59.349],
];
const VASASTADEN_NORRA_DJURGARDEN: Border = [
  [18.058, 59.349],
  [18.055, 59.351],
  [18.053, 59.3525],
];
/** Norrtull, Norra stationsgatan and Karlberg (Solna across). */
const VASASTADEN_OUTER: Border = [
  [18.053, 59.3525],
  [18.049, 59.3525],
  [18.043, 59.3505],
  [18.035, 59.3485],
  [18.028, 59.3455],
  [18.0255, 59.3425],
  [18.0255, 59.3398],
];
/** Valhallavägen from Roslagstull to Lidingövägen (Östermalm | Norra Djurgården). */
const VALHALLAVAGEN_W: Border = [
  [18.058, 59.349],
  [18.064, 59.3476],
  [18.0716, 59.3458],
  [18.077, 59.3444],
  [18.082, 59.343],
];
/** Valhallavägen east of Lidingövägen (Östermalm | Ladugårdsgärdet). */
const VALHALLAVAGEN_E: Border = [
  [18.082, 59.343],
  [18.09, 59.3407],
  [18.098, 59.3385],
];
const OSTERMALM_GARDET: Border = [
  [18.098, 59.3385],
  [18.108, 59.336],
  [18.11, 59.3335],
  [18.11, 59.331],
];
/** Ladugårdslandsviken past Djurgårdsbron (Östermalm | Djurgården). */
const OSTERMALM_DJURGARDEN: Border = [
  [18.11, 59.331],
  [18.1, 59.3318],
  [18.095, 59.3313],
  [18.09, 59.3305],
  [18.0845, 59.3295],
];
const OSTERMALM_SKEPPSHOLMEN: Border = [
  [18.0845, 59.3295],
  [18.0815, 59.3284],
];
const SKEPPSHOLMEN_DJURGARDEN: Border = [
  [18.0845, 59.3295],
  [18.091, 59.328],
  [18.0935, 59.325],
  [18.0935, 59.32],
];
/** Saltsjön and Strömmen around Skeppsholmen and Kastellholmen. */
const SKEPPSHOLMEN_OUTER: Border = [
  [18.0935, 59.32],
  [18.086, 59.319],
  [18.0815, 59.3205],
  [18.0795, 59.3245],
  [18.079, 59.3266],
];
/** Djurgårdsbrunnsviken (Djurgården | Ladugårdsgärdet). */
const DJURGARDSBRUNNSVIKEN: Border = [
  [18.11, 59.331],
  [18.12, 59.331],
  [18.13, 59.3303],
  [18.143, 59.33],
];
/** Saltsjön and Lilla Värtan around Djurgården (Södermalm, Nacka, Lidingö across). */
const DJURGARDEN_OUTER: Border = [
  [18.143, 59.33],
  [18.15, 59.329],
  [18.156, 59.324],
  [18.154, 59.3195],
  [18.145, 59.318],
  [18.13, 59.3175],
  [18.115, 59.318],
  [18.105, 59.3185],
  [18.0935, 59.32],
];
/** Lidingövägen from Valhallavägen (Ladugårdsgärdet | Norra Djurgården). */
const LIDINGOVAGEN: Border = [
  [18.082, 59.343],
  [18.0835, 59.3465],
  [18.085, 59.349],
  [18.086, 59.3505],
];
const GARDET_HJORTHAGEN: Border = [
  [18.086, 59.3505],
  [18.1, 59.3505],
  [18.108, 59.354],
  [18.114, 59.358],
];
/** Lilla Värtan off Frihamnen and Kaknäs (Lidingö across). */
const GARDET_OUTER: Border = [
  [18.114, 59.358],
  [18.122, 59.355],
  [18.13, 59.351],
  [18.135, 59.3485],
  [18.142, 59.345],
  [18.146, 59.34],
  [18.147, 59.335],
  [18.143, 59.33],
];
/** Via Husarviken (Hjorthagen | Norra Djurgården). */
const HJORTHAGEN_NORRA_DJURGARDEN: Border = [
  [18.086, 59.3505],
  [18.081, 59.353],
  [18.082, 59.356],
  [18.088, 59.359],
  [18.096, 59.3612],
  [18.104, 59.3618],
];
/** Lilla Värtan off Ropsten and Värtahamnen. */
const HJORTHAGEN_OUTER: Border = [
  [18.104, 59.3618],
  [18.11, 59.3608],
  [18.114, 59.358],
];
/** Lilla Värtan, Ålkistan and Brunnsviken (Lidingö, Danderyd, Solna across). */
const NORRA_DJURGARDEN_OUTER: Border = [
  [18.104, 59.3618],
  [18.102, 59.366],
  [18.095, 59.371],
  [18.088, 59.375],
  [18.08, 59.3785],
  [18.07, 59.38],
  [18.062, 59.379],
  [18.056, 59.376],
  [18.052, 59.372],
  [18.05, 59.367],
  [18.049, 59.362],
  [18.051, 59.357],
  [18.053, 59.3525],
];

type Shape = readonly [string, Stadsdelsomrade, Border[]];

const SHAPES: readonly Shape[] = [
  [
    'Kungsholmen',
    'Kungsholmen',
    [KLARA_SJO, KARLBERGSKANALEN, KUNGSHOLMEN_STADSHAGEN, KUNGSHOLMEN_MARIEBERG, RIDDARFJARDEN],
  ],
  [
    'Stadshagen',
    'Kungsholmen',
    [KARLBERGSSJON_W, STADSHAGEN_KRISTINEBERG, DROTTNINGHOLMSVAGEN_E, rev(KUNGSHOLMEN_STADSHAGEN)],
  ],
  [
    'Kristineberg',
    'Kungsholmen',
    [ULVSUNDASJON, DROTTNINGHOLMSVAGEN_W, DROTTNINGHOLMSVAGEN_M, rev(STADSHAGEN_KRISTINEBERG)],
  ],
  [
    'Fredhäll',
    'Kungsholmen',
    [
      rev(DROTTNINGHOLMSVAGEN_W),
      TRANEBERGSSUND_S,
      FREDHALL_STORA_ESSINGEN,
      FREDHALL_LILLA_ESSINGEN,
      rev(FREDHALL_MARIEBERG),
    ],
  ],
  [
    'Marieberg',
    'Kungsholmen',
    [
      FREDHALL_MARIEBERG,
      MARIEBERG_LILLA_ESSINGEN,
      MARIEBERG_SOUTH,
      rev(KUNGSHOLMEN_MARIEBERG),
      rev(DROTTNINGHOLMSVAGEN_E),
      rev(DROTTNINGHOLMSVAGEN_M),
    ],
  ],
  [
    'Lilla Essingen',
    'Kungsholmen',
    [FREDHALL_LILLA_ESSINGEN, MARIEBERG_LILLA_ESSINGEN, LILLA_ESSINGEN_SOUTH, LILLA_STORA_ESSINGEN],
  ],
  [
    'Stora Essingen',
    'Kungsholmen',
    [FREDHALL_STORA_ESSINGEN, rev(LILLA_STORA_ESSINGEN), STORA_ESSINGEN_OUTER],
  ],
  [
    'Norrmalm',
    'Norra innerstaden',
    [
      KLARA_SJO,
      NORRMALM_VASASTADEN,
      BIRGER_JARLSGATAN_S,
      NYBROVIKEN,
      NORRMALM_SKEPPSHOLMEN,
      STROMMEN,
    ],
  ],
  [
    'Vasastaden',
    'Norra innerstaden',
    [
      NORRMALM_VASASTADEN,
      BIRGER_JARLSGATAN_N,
      VASASTADEN_NORRA_DJURGARDEN,
      VASASTADEN_OUTER,
      rev(KARLBERGSKANALEN),
    ],
  ],
  [
    'Östermalm',
    'Norra innerstaden',
    [
      rev(BIRGER_JARLSGATAN_S),
      BIRGER_JARLSGATAN_N,
      VALHALLAVAGEN_W,
      VALHALLAVAGEN_E,
      OSTERMALM_GARDET,
      OSTERMALM_DJURGARDEN,
      OSTERMALM_SKEPPSHOLMEN,
      rev(NYBROVIKEN),
    ],
  ],
  [
    'Skeppsholmen',
    'Norra innerstaden',
    [
      NORRMALM_SKEPPSHOLMEN,
      rev(SKEPPSHOLMEN_OUTER),
      rev(SKEPPSHOLMEN_DJURGARDEN),
      OSTERMALM_SKEPPSHOLMEN,
    ],
  ],
  [
    'Djurgården',
    'Norra innerstaden',
    [
      DJURGARDSBRUNNSVIKEN,
      DJURGARDEN_OUTER,
      rev(SKEPPSHOLMEN_DJURGARDEN),
      rev(OSTERMALM_DJURGARDEN),
    ],
  ],
  [
    'Ladugårdsgärdet',
    'Norra innerstaden',
    [
      VALHALLAVAGEN_E,
      OSTERMALM_GARDET,
      DJURGARDSBRUNNSVIKEN,
      rev(GARDET_OUTER),
      rev(GARDET_HJORTHAGEN),
      rev(LIDINGOVAGEN),
    ],
  ],
  [
    'Hjorthagen',
    'Norra innerstaden',
    [GARDET_HJORTHAGEN, rev(HJORTHAGEN_OUTER), rev(HJORTHAGEN_NORRA_DJURGARDEN)],
  ],
  [
    'Norra Djurgården',
    'Norra innerstaden',
    [
      VALHALLAVAGEN_W,
      LIDINGOVAGEN,
      HJORTHAGEN_NORRA_DJURGARDEN,
      NORRA_DJURGARDEN_OUTER,
      rev(VASASTADEN_NORRA_DJURGARDEN),
    ],
  ],
];

export const stadsdelar: Feature<Polygon, StadsdelProps>[] = SHAPES.map(
  ([namn, stadsdelsomrade, borders]) => ({
    type: 'Feature',
    properties: { namn, stadsdelsomrade },
    geometry: { type: 'Polygon', coordinates: [ring(...borders)] },
  }),
);
