import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OperationName } from '../../app/contract/api.ts';
import { callerFor, type Call } from '../../main/cli/backend.ts';
import { resolveSpeakers } from '../../main/cli/resolve.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/**
 * `--speaker` of cooccur and matrix names speakers as the transcripts label them. On a
 * large project, reading every transcript in full (documents/get) to list them took
 * seconds: the labels come from the segments alone.
 */
describe('CLI --speaker', () => {
  it('resolves speakers without reading any document', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('cli-speakers'), 'p.verbatim') });
    const files = [
      ['a', 'Enquêteur : Et le travail ?\nMarie : Il me pèse.\nEnquêteur : Le soir ?\nMarie : Oui.\n'],
      ['b', 'Enquêteur : Et le soir ?\nÉlodie : Calme.\nEnquêteur : Seule ?\nÉlodie : Oui.\n'],
    ].map(([name, text]) => ({ name: `${name}.txt`, base64: Buffer.from(text ?? '').toString('base64') }));
    await call(session, 'documents/importFiles', { files });
    const called: OperationName[] = [];
    const inner = callerFor(session);
    const recording: Call = (name, input) => {
      called.push(name);
      return inner(name, input);
    };
    expect(await resolveSpeakers(recording, ['marie', 'ÉLODIE'])).toEqual(['Marie', 'Élodie']);
    await expect(resolveSpeakers(recording, ['Mari'])).rejects.toThrow(
      /The speakers are: Élodie, Enquêteur, Marie\./u,
    );
    expect(called).not.toContain('documents/get');
    session.close();
  });
});
