/** The four ways to settle a disagreement, as the review offers them (no zod here: the renderer imports it). */
export const AGREEMENT_DECISIONS = ['keepA', 'keepB', 'keepBoth', 'remove'] as const;
