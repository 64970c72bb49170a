import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { api, operationNames } from './contract/api.ts';
import { FilePath } from './contract/shared.ts';
import { dispatch } from './dispatch.ts';
import { AppError } from './errors.ts';
import { CLI_CALLER, operationAccess, pathOperations, type Caller } from './operationAccess.ts';
import { ProjectSession } from './session.ts';

const session = new ProjectSession({
  recent: { list: () => [], remembered: () => [], remember: () => undefined, forget: () => undefined },
  defaultCoder: 't',
});

describe('operation access table', () => {
  it('has exactly one entry per operation of the contract, each naming at least one transport', () => {
    expect(Object.keys(operationAccess).sort()).toEqual([...operationNames].sort());
    for (const name of operationNames) expect(operationAccess[name].length, name).toBeGreaterThan(0);
  });

  it('is consulted by dispatch before the input is validated', async () => {
    const web: Caller = { transport: 'web', userPath: () => 'never used' };
    // Not even a valid input: the transport is refused first.
    const result = await dispatch(session, 'documents/importPaths', { nonsense: 1 }, web);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    if (!result.ok)
      expect(result.error.message).toBe(
        'documents/importPaths cannot be called from Verbatim in the browser.',
      );
    const cli = await dispatch(session, 'documents/importPaths', { nonsense: 1 }, CLI_CALLER);
    expect(cli).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('path fields', () => {
  it('are found by their FilePath schema in every operation that names files', () => {
    expect([...pathOperations().keys()].sort()).toEqual([
      'documents/importPaths',
      'exchange/exportCodebookToFileJob',
      'exchange/exportProjectToFile',
      'exchange/exportProjectToFileJob',
      'exports/codebookToFileJob',
      'exports/excerptsToFile',
      'exports/excerptsToFileJob',
      'exports/matrixToFileJob',
      'project/checkNew',
      'project/create',
      'project/merge',
      'project/mergePreview',
      'project/open',
      'project/saveCopy',
      'summaries/exportToFileJob',
      'team/join',
    ]);
  });

  it('every input field that looks like a path uses FilePath, so none escapes the shells’ checks', () => {
    const looksLikePath = /path|dir|folder|directory|location/iu;
    for (const name of operationNames) {
      const input = api[name].input;
      if (!(input instanceof z.ZodObject)) continue;
      for (const [key, field] of Object.entries(input.shape as Record<string, z.ZodType>)) {
        if (!looksLikePath.test(key)) continue;
        const schema = field instanceof z.ZodArray ? (field.element as z.ZodType) : field;
        expect(schema, `${name}.${key}`).toBe(FilePath);
      }
    }
  });

  it('go through the caller’s userPath before the handler sees them', async () => {
    const seen: string[] = [];
    const caller: Caller = {
      transport: 'cli',
      userPath: (sent, name) => {
        seen.push(`${name} ${sent}`);
        throw new AppError('NOT_ALLOWED', 'stop here');
      },
    };
    const result = await dispatch(session, 'project/merge', { path: ' their.verbatim ' }, caller);
    expect(result.ok).toBe(false);
    // Trimmed by the schema first: the caller judges what the handler would get.
    expect(seen).toEqual(['project/merge their.verbatim']);
  });
});
