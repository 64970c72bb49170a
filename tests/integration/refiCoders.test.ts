import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../support/requiredTool.ts';
import type { ProjectSession } from '../../app/session.ts';
import { call } from '../support/session.ts';
import { REFI_SAMPLES, newProject, SHARED_REFI, zipBase64 } from './refiFixture.ts';

/** Who coded what in a REFI-QDA import: the coding's user, its selection's, the project's. */

const CODE = 'c1000000-0000-4000-8000-000000000001';
const SOURCE = 'a1000000-0000-4000-8000-000000000001';
const USER = {
  alice: 'f1000000-0000-4000-8000-00000000000a',
  bruno: 'f1000000-0000-4000-8000-00000000000b',
  chloe: 'f1000000-0000-4000-8000-00000000000c',
};
const TEXT = 'Un. Deux. Trois. Quatre.';

/** A selection on `word` holding one coding; each may name its creating user. */
function selection(n: number, word: string, users: { selection?: string; coding?: string }): string {
  const start = TEXT.indexOf(word);
  const by = (guid: string | undefined): string => (guid ? ` creatingUser="${guid}"` : '');
  return (
    `<PlainTextSelection guid="b1000000-0000-4000-8000-00000000000${n}" startPosition="${start}" endPosition="${start + word.length}"${by(users.selection)}>` +
    `<Coding guid="d1000000-0000-4000-8000-00000000000${n}"${by(users.coding)}><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>`
  );
}

function projectXml(creator: string | null, selections: string): string {
  const users = Object.entries(USER)
    .map(([name, guid]) => `<User guid="${guid.toUpperCase()}" name="${name}"/>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="NVivo 14"${creator ? ` creatingUserGUID="${creator}"` : ''}>` +
    `<Users>${users}</Users><CodeBook><Codes><Code guid="${CODE}" name="mot" isCodable="true"/></Codes></CodeBook>` +
    `<Sources><TextSource guid="${SOURCE}" name="texte" plainTextPath="internal://${SOURCE}.txt">${selections}</TextSource></Sources></Project>`
  );
}

/** [quote, coder] of every coding of the project, sorted. */
async function attribution(session: ProjectSession): Promise<string[][]> {
  const rows: string[][] = [];
  for (const document of await call(session, 'documents/list', {}))
    for (const coding of await call(session, 'codings/ofDocument', { documentId: document.id }))
      rows.push([coding.quote, coding.coder]);
  return rows.sort();
}

describe('REFI-QDA coder attribution', () => {
  it("follows the coding's user, else its selection's, else the project creator's, and reports the counts", async () => {
    const session = await newProject('coders');
    const report = await call(session, 'exchange/importProject', {
      name: 'p.qdpx',
      base64: zipBase64({
        'project.qde': projectXml(
          `{${USER.chloe}}`,
          selection(1, 'Un', { selection: USER.alice, coding: USER.bruno }) +
            selection(2, 'Deux', { selection: USER.alice }) +
            selection(3, 'Trois', {}) +
            // A user the file does not list: the next known one is taken.
            selection(4, 'Quatre', { selection: USER.bruno, coding: 'f1000000-0000-4000-8000-0000000000ff' }),
        ),
        [`sources/${SOURCE}.txt`]: TEXT,
      }),
    });
    expect(await attribution(session)).toEqual([
      ['Deux', 'alice'],
      ['Quatre', 'bruno'],
      ['Trois', 'chloe'],
      ['Un', 'bruno'],
    ]);
    expect(report.coders).toEqual([
      { name: 'alice', codings: 1 },
      { name: 'bruno', codings: 2 },
      { name: 'chloe', codings: 1 },
    ]);
  });

  it('gives codings of nobody known to one coder named after the tool, and says so', async () => {
    const session = await newProject('nobody');
    const report = await call(session, 'exchange/importProject', {
      name: 'p.qdpx',
      base64: zipBase64({
        'project.qde': projectXml(null, selection(1, 'Un', {})),
        [`sources/${SOURCE}.txt`]: TEXT,
      }),
    });
    expect(await attribution(session)).toEqual([['Un', 'NVivo 14 import']]);
    expect(report.coders).toContainEqual({ name: 'NVivo 14 import', codings: 1 });
  });

  it("reads the NVivo Win sample's coders: each coding's own user, not its selection's", async (context) => {
    requireTool(context, REFI_SAMPLES);
    const sample = 'nvivo-win-12.6_hu-comments_utf16-crlf.qdpx';
    const session = await newProject('nvivo-coders');
    // Every selection there was made by Gergo and every coding by floriansipos.
    const report = await call(session, 'exchange/importProject', {
      name: sample,
      base64: readFileSync(join(SHARED_REFI, 'samples', sample)).toString('base64'),
    });
    expect(report.coders).toEqual([
      { name: 'Gergo', codings: 0 },
      { name: 'floriansipos', codings: 97 },
    ]);
    expect(new Set((await attribution(session)).map(([, coder]) => coder))).toEqual(
      new Set(['floriansipos']),
    );
  });
});
