import { CATEGORIES } from './categories';
import { certaintyText, rateChangeCertainty } from './rateChange';

/**
 * Which offences the card's headline is about: one lägesbild category (an
 * index into CATEGORIES) or all of them. The lägesbild asks about violence
 * ("våldet ökade mer än ytan"), so Våldsbrott is the default in app and CLI.
 */
export type HeadlineCategory = number | 'all';

export const DEFAULT_HEADLINE_CATEGORY: HeadlineCategory = CATEGORIES.indexOf('Våldsbrott');

/** The parts of a comparison (AreaComparison, or its copy sent to the page) a headline reads. */
export interface HeadlineSource {
  sentence: string | null;
  categorySentences: (string | null)[];
  perHectareChangePercent: number | null;
  categoryChangePercent: (number | null)[];
}

export interface Headline {
  /** "Våldsbrott" or "alla brott". */
  subject: string;
  /** "Våldsbrott per hektar ökade med 34,2 % medan ytan ökade med 75,6 %"; null without A or B. */
  sentence: string | null;
  /** The number shown large; null when masked or not comparable. */
  perHectareChangePercent: number | null;
}

export const headlineSubject = (category: HeadlineCategory): string =>
  category === 'all' ? 'alla brott' : CATEGORIES[category];

/** The document's question in one sentence and one number, for the chosen offences. */
export function headlineOf(c: HeadlineSource, category: HeadlineCategory): Headline {
  if (category === 'all') {
    return {
      subject: headlineSubject(category),
      sentence: c.sentence,
      perHectareChangePercent: c.perHectareChangePercent,
    };
  }
  return {
    subject: headlineSubject(category),
    sentence: c.categorySentences[category] ?? null,
    perHectareChangePercent: c.categoryChangePercent[category] ?? null,
  };
}

/** What the certainty of a headline reads of each side: its hectares and its counts. */
export interface CertaintySide {
  hectares: number;
  total: { count: number };
  categories: { count: number }[];
}

/**
 * The note beside the headline's number ("Slumpens spann (95 %) …"), for the
 * card and its exports alike. Null where there is no number: a masked count
 * has none, and its certainty would hint at it.
 */
export function headlineCertainty(
  c: HeadlineSource & { a: CertaintySide | null; b: CertaintySide | null },
  category: HeadlineCategory,
): string | null {
  if (headlineOf(c, category).perHectareChangePercent === null || !c.a || !c.b) return null;
  const side = (f: CertaintySide) => ({
    count: category === 'all' ? f.total.count : f.categories[category].count,
    exposure: f.hectares,
  });
  const certainty = rateChangeCertainty(side(c.a), side(c.b));
  return certainty && certaintyText(certainty);
}
