import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { teamError } from './serverErrors.ts';

/** A refused connection as node-postgres reports it. */
function refused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
}

const url = 'postgresql://alice@127.0.0.1:5432/terrain';

describe('an unreachable team server', () => {
  it('tells a sync that its changes wait in the project', () => {
    const error = teamError(refused(), { url, role: 'coder', keepsChanges: true });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'TEAM_SERVER', translated: { key: 'teamUnreachable' } });
    expect((error as AppError).message).toMatch(/changes are kept in the project/u);
  });

  it('tells a join, a publish or a member change to try again, with no word of kept changes', () => {
    const error = teamError(refused(), { url });
    expect(error).toMatchObject({
      code: 'TEAM_SERVER',
      translated: { key: 'teamUnreachableRetry', params: { server: '127.0.0.1:5432/terrain' } },
    });
    expect((error as AppError).message).toMatch(/try again/u);
    expect((error as AppError).message).not.toMatch(/kept/u);
  });
});
