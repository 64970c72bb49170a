import { AppError } from '../errors.ts';
import { describeRangeProblem, type RangeProblem } from './offsets.ts';

/**
 * The failure for a passage that does not fit its document's text. A researcher meets it when
 * the text changed under a selection (another window, an update): the interface says so in
 * its language; the English message keeps the offsets for whoever looks into it.
 */
export function rangeProblemError(
  problem: RangeProblem,
  start: number,
  end: number,
  length: number,
): AppError {
  return new AppError(
    'INVALID_INPUT',
    describeRangeProblem(problem, start, end, length),
    problem === 'out-of-range' ? { key: 'rangeOutside', params: { length } } : { key: 'rangeInvalid' },
  );
}
