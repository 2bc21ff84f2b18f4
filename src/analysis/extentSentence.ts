import { maskedText } from './privacy';

const oneDecimal = new Intl.NumberFormat('sv-SE', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** "ökade med 12,3 %", "minskade med 4,0 %", or "var oförändrad(e)" when it rounds to nothing. */
function movement(percent: number, unchanged: string): string {
  const text = oneDecimal.format(Math.abs(percent));
  if (text === oneDecimal.format(0)) return `var ${unchanged}`;
  return `${percent > 0 ? 'ökade' : 'minskade'} med ${text} %`;
}

export interface SentenceInput {
  /** Null when the scene has no extent in that year. */
  aMasked: boolean | null;
  bMasked: boolean | null;
  areaChangePercent: number | null;
  perHectareChangePercent: number | null;
}

/**
 * The document's question in one sentence: "brotten per hektar ökade med
 * X % medan ytan ökade med Y %" (or "Våldsbrott per hektar …" for one
 * category). Null when the scene lacks A or B; a masked count gives no per
 * cent at all, since the change would reveal it.
 */
export function perHectareSentence(
  input: SentenceInput,
  threshold: number,
  subject = 'brotten',
): string | null {
  if (input.aMasked === null || input.bMasked === null) return null;
  if (input.aMasked || input.bMasked) {
    return `${subject} per hektar kan inte jämföras: ${maskedText(threshold)} brott under en av perioderna (integritetsgränsen)`;
  }
  if (input.perHectareChangePercent === null || input.areaChangePercent === null) {
    return `${subject} per hektar kan inte jämföras: inga brott under den första perioden`;
  }
  return `${subject} per hektar ${movement(input.perHectareChangePercent, 'oförändrade')} medan ytan ${movement(input.areaChangePercent, 'oförändrad')}`;
}
