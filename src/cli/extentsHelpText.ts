import { EXTENTS_OPTIONS } from './extentsOptionSpecs';
import { optionLines } from './helpText';

/** Generated from the option specs, so an option cannot exist without being documented. */
export function extentsHelpText(): string {
  return `Lägeskartan extents – utbredningar år mot år / extents year against year

English: compares two mapping years of extents (open drug scenes or any
polygons with a year): which scenes continued, started, ended, merged or
split, and per scene the area kept, gained and lost in true hectares with
the offences per category and per hectare in each year's extent and in the
band around it. Messages and tables are in Swedish.

Användning:
  npx lageskartan extents --extents FIL --offences FIL --a ÅR --b ÅR [flaggor]

Räknar som lägesbilden: brotten under perioden A i A:s utbredning mot brotten
under perioden B i B:s utbredning. Standardperioden för ett kartläggningsår är
året före och kartläggningsåret (A 2021: 2020-01-01 – 2021-12-31; B 2023:
2022-01-01 – 2023-12-31). Resultatet sammanfattas i en mening, som lägesbildens
fråga om våldet: "Våldsbrott per hektar ökade med X % medan ytan ökade med
Y %" (--category väljer en annan kategori eller alla brott).

Scener: samma namn (eller id) båda åren är samma scen. Scener utan namne det
andra året kopplas ihop där utbredningarna överlappar med minst 10 % av den
mindre ytan. Grupper av kopplade utbredningar blir fortsatt (1 mot 1), ny
(0 mot 1), upphört (1 mot 0), sammanslagen (flera mot 1) eller delad (1 mot
flera); flera mot flera räknas som sammanslagen när A har minst lika många,
annars delad.

Flaggor:
${EXTENTS_OPTIONS.map(optionLines).join('')}
Exempel:
  npx lageskartan extents --extents data/demo/ods.geojson \\
    --offences data/demo/offences.csv --a 2021 --b 2023 --scene Fridhemsplan

  npx lageskartan extents --extents ods-3011.geojson --offences brott.csv \\
    --a 2021 --b 2023 --ring 200 --format csv --out ods.csv

Utdata: md (standard), csv (en lång tabell: scen, utveckling, del, mått, A, B,
förändring; semikolon, decimalkomma, UTF-8 med BOM, formelsäker) eller json:
ett objekt med "region" (antal scener och hektar per år, och "utveckling":
continued, new, ended, merged, split) och "scenes", ett objekt per scen med
namn, lineage (continued, new, ended, merged eller split), delar_a, delar_b,
lankar, a och b (null när scenen saknar utbredning det året, annars ar,
period, hektar, antal, per_hektar, maskerad, per_kategori och
per_hektar_per_kategori), kept_ha, gained_ha, lost_ha,
yta_forandring_procent, per_hektar_forandring_procent (och per kategori),
mening (för --category), mening_alla_brott och mening_per_kategori, och ring
(samma mått för zonen runt, eller null). Maskerade antal och det som skulle
avslöja dem är null.

Slutkoder: 0 klart, 1 en fil går inte att läsa eller använda, 2 fel i kommandot.
`;
}
