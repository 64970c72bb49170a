import { describe, expect, it } from 'vitest';
import { isInterviewerSpeaker } from './interviewer.ts';

describe('isInterviewerSpeaker', () => {
  it('recognises interviewer labels in French and English, numbered or not', () => {
    for (const label of [
      'Enquêteur',
      'enquetrice',
      'Interviewer',
      'Interviewer 2',
      'Q',
      'I1',
      'Chercheuse',
    ]) {
      expect(isInterviewerSpeaker(label), label).toBe(true);
    }
  });
  it('leaves respondents, ambiguous and missing speakers out', () => {
    for (const label of ['Marie', 'R', 'Enquêtée', 'Respondent', 'E', 'Speaker 1']) {
      expect(isInterviewerSpeaker(label), label).toBe(false);
    }
    expect(isInterviewerSpeaker(null)).toBe(false);
  });
});
