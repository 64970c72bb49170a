import type { AnalysisFilters } from '../../app/contract/index.ts';

/** The filters every analysis takes, as the user sets them in the filter bar. */
export interface FilterChoice {
  readonly setId: number | null;
  readonly attributeId: number | null;
  readonly value: string;
  /** Comma-separated speaker labels, e.g. "Marie, R". */
  readonly speakers: string;
  readonly coder: string;
}

export const NO_FILTER: FilterChoice = { setId: null, attributeId: null, value: '', speakers: '', coder: '' };

/** The contract's filters from the bar; empty fields filter nothing. */
export function toAnalysisFilters(choice: FilterChoice): AnalysisFilters {
  const speakers = choice.speakers
    .split(',')
    .map((speaker) => speaker.trim())
    .filter((speaker) => speaker !== '');
  return {
    ...(choice.setId === null ? {} : { setIds: [choice.setId] }),
    ...(choice.attributeId === null || choice.value === ''
      ? {}
      : { where: [{ attributeId: choice.attributeId, value: choice.value }] }),
    ...(speakers.length === 0 ? {} : { speakers }),
    ...(choice.coder.trim() === '' ? {} : { coders: [choice.coder.trim()] }),
  };
}
