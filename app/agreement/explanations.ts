import type { AgreementUnit } from '../contract/types.ts';

/**
 * The words the interface shows beside agreement figures, kept beside the code that
 * computes them so the two cannot drift apart (docs/AGREEMENT.md says the same at length).
 * Pure data: the renderer may import it.
 */
export interface AgreementExplanations {
  readonly units: Readonly<Record<AgreementUnit, string>>;
  readonly percent: string;
  readonly kappa: string;
  readonly alpha: string;
  readonly pooled: string;
  readonly documents: string;
}

const en: AgreementExplanations = {
  units: {
    char: 'Each character is a unit. Long passages weigh more, exact boundaries count, and characters nobody coded count as agreement — so percent agreement runs high; kappa and alpha correct for it.',
    segment:
      'Each speaker turn (or paragraph) is a unit. A coder applied the code to a turn when one of their codings overlaps it: one overlap is enough, boundaries inside a turn do not matter.',
    document: 'Each document is a unit: did the coder use the code at all in this interview?',
  },
  percent:
    'Percent agreement: the share of units (for 3+ coders, of coder pairs) on which the coders give the same value.',
  kappa:
    "Cohen's kappa (two coders): κ = (p_o − p_e) / (1 − p_e), observed agreement corrected by the agreement expected by chance from each coder's own frequencies.",
  alpha:
    "Krippendorff's alpha (nominal, any number of coders): α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k on the coincidence matrix; 1 is perfect, 0 is chance.",
  pooled: 'Pooled: every (unit, code) pair is one unit of a single table; read the per-code figures first.',
  documents:
    'Only documents that every chosen coder has coded in are compared, unless you choose the documents.',
};

const fr: AgreementExplanations = {
  units: {
    char: "Chaque caractère est une unité. Les longs passages pèsent plus, les bornes exactes comptent, et les caractères que personne n'a codés comptent comme accord — l'accord en pourcentage est donc élevé ; kappa et alpha corrigent cet effet.",
    segment:
      "Chaque tour de parole (ou paragraphe) est une unité. Un codeur a appliqué le code à un tour quand l'un de ses codages le chevauche : un seul chevauchement suffit, les bornes à l'intérieur du tour ne comptent pas.",
    document: 'Chaque document est une unité : le codeur a-t-il utilisé le code dans cet entretien ?',
  },
  percent:
    'Accord en pourcentage : la part des unités (à partir de 3 codeurs, des paires de codeurs) où les codeurs donnent la même valeur.',
  kappa:
    "Kappa de Cohen (deux codeurs) : κ = (p_o − p_e) / (1 − p_e), l'accord observé corrigé de l'accord attendu par hasard d'après les fréquences propres à chaque codeur.",
  alpha:
    'Alpha de Krippendorff (nominal, tout nombre de codeurs) : α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k sur la matrice de coïncidences ; 1 = accord parfait, 0 = hasard.',
  pooled:
    "Global : chaque paire (unité, code) est une unité d'un même tableau ; lisez d'abord les chiffres par code.",
  documents:
    'Seuls les documents codés par chacun des codeurs choisis sont comparés, sauf si vous choisissez les documents.',
};

export function agreementExplanations(language: 'en' | 'fr'): AgreementExplanations {
  return language === 'fr' ? fr : en;
}
