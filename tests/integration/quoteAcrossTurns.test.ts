import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP } from '../../app/exports/frenchTypography.ts';
import { ProjectSession, type CoderIdentity } from '../../app/session.ts';
import { cli } from '../support/cli.ts';
import { call, memoryRecent } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** A question and its answer; the researcher codes from the question into the answer. */
const INTERVIEW = [
  '[00:12:31] Enquêtrice : Et le soir, vous travaillez encore pour la plateforme ?',
  '[00:12:35] P3 : Oui, "après les enfants" : je fais des tâches dans mon lit.',
  '[00:12:50] Enquêtrice : Et le week-end ?',
  '[00:12:52] P3 : Non, jamais le dimanche.',
].join('\n');

const QUESTION = 'vous travaillez encore pour la plateforme ?';
const ANSWER = 'Oui, "après les enfants" : je fais des tâches';
const ALONE = 'Non, jamais le dimanche';

interface Interview {
  readonly session: ProjectSession;
  readonly text: string;
  readonly acrossCodeId: number;
  readonly aloneCodeId: number;
}

/** A session whose coder can change (alice codes, then bob), as on a shared computer. */
function coderSession(): ProjectSession {
  let identity: CoderIdentity | null = null;
  return new ProjectSession({
    recent: memoryRecent(),
    defaultCoder: 'tester',
    identity: { get: () => identity, set: (value) => (identity = value) },
  });
}

async function interview(): Promise<Interview> {
  const session = coderSession();
  await call(session, 'project/create', { path: join(makeTempDir('turns'), 'etude.verbatim') });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'entretien-3.txt', base64: Buffer.from(INTERVIEW).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  const { text } = await call(session, 'documents/get', { id: documentId });
  const [across, alone] = await call(session, 'codings/create', {
    items: [
      {
        documentId,
        start: text.indexOf(QUESTION),
        end: text.indexOf(ANSWER) + ANSWER.length,
        codeName: 'travail du soir',
      },
      {
        documentId,
        start: text.indexOf(ALONE),
        end: text.indexOf(ALONE) + ALONE.length,
        codeName: 'dimanche',
      },
    ],
  });
  return { session, text, acrossCodeId: across?.codeId ?? 0, aloneCodeId: alone?.codeId ?? 0 };
}

/** The question and the answer as French typography shows them. */
const QUESTION_FR = `vous travaillez encore pour la plateforme${NNBSP}?`;
const ANSWER_FR = `Oui, «${NNBSP}après les enfants${NNBSP}»${NBSP}: je fais des tâches`;
const CITATION_FR = 'entretien-3, Enquêtrice / P3, 00:12:31–00:12:35, segments 1–2';

describe('a quote across turns', () => {
  it('is listed with each part and its own speaker (the excerpt list and the co-occurrence drill-down)', async () => {
    const { session, acrossCodeId, aloneCodeId } = await interview();
    const [excerpt] = await call(session, 'codings/excerptsOfCode', { codeId: acrossCodeId });
    expect(
      excerpt?.turns?.map(({ speaker, timestamp, segmentOrdinal, quote }) => ({
        speaker,
        timestamp,
        segmentOrdinal,
        quote,
      })),
    ).toEqual([
      { speaker: 'Enquêtrice', timestamp: '00:12:31', segmentOrdinal: 0, quote: QUESTION },
      { speaker: 'P3', timestamp: '00:12:35', segmentOrdinal: 1, quote: ANSWER },
    ]);
    // Filtering on the respondent keeps the answer coded with its question.
    const ofP3 = await call(session, 'codings/excerptsOfCode', { codeId: acrossCodeId, speakers: ['P3'] });
    expect(ofP3.map((item) => item.codingId)).toEqual([excerpt?.codingId]);
    const [alone] = await call(session, 'codings/excerptsOfCode', { codeId: aloneCodeId });
    expect(alone?.turns).toBeNull();
    const [instance] = await call(session, 'analysis/cooccurrenceExcerpts', {
      scope: 'document',
      codeA: acrossCodeId,
      codeB: aloneCodeId,
    });
    const drilled = [instance?.a, instance?.b].find((item) => item?.codeId === acrossCodeId);
    expect(drilled?.turns?.map((turn) => turn.speaker)).toEqual(['Enquêtrice', 'P3']);
  });

  it('exports to Markdown as one labelled paragraph per speaker, cited by both', async () => {
    const { session, acrossCodeId } = await interview();
    const file = await call(session, 'exports/excerpts', {
      format: 'md',
      codeId: acrossCodeId,
      language: 'fr',
    });
    expect(file.content).toContain(
      [
        `> **Enquêtrice${NBSP}:** ${QUESTION_FR}`,
        '>',
        `> **P3${NBSP}:** ${ANSWER_FR}`,
        '',
        `— ${CITATION_FR}`,
      ].join('\n'),
    );
  });

  it('leaves a quote in one turn as it was, beside one across turns', async () => {
    const { session } = await interview();
    const file = await call(session, 'exports/excerpts', { format: 'md', language: 'fr' });
    expect(file.content).toContain(
      ['> Non, jamais le dimanche', '', '— entretien-3, P3, 00:12:52, segment 4'].join('\n'),
    );
  });

  it('exports to HTML as a paragraph per speaker inside the quote', async () => {
    const { session } = await interview();
    const file = await call(session, 'exports/excerpts', { format: 'html', language: 'fr' });
    expect(file.content).toContain(
      `<blockquote><p><strong>Enquêtrice${NBSP}:</strong> ${QUESTION_FR}</p>` +
        `<p><strong>P3${NBSP}:</strong> ${ANSWER_FR.replaceAll('"', '&quot;')}</p></blockquote>\n` +
        `<p class="citation">— ${CITATION_FR}</p>`,
    );
  });

  it('exports to CSV as one row per speaker, tied by a part column', async () => {
    const { session, text } = await interview();
    const file = await call(session, 'exports/excerpts', { format: 'csv', language: 'en' });
    const lines = file.content.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('group,code,document,case,speaker,timestamp,segment,start,end,part,quote,citation');
    const question = text.indexOf(QUESTION);
    const answer = text.indexOf(ANSWER);
    expect(lines).toContain(
      `travail du soir,travail du soir,entretien-3,,Enquêtrice,00:12:31,1,${question},${question + QUESTION.length},1/2,${QUESTION},"entretien-3, Enquêtrice, 00:12:31, segment 1"`,
    );
    expect(lines).toContain(
      `travail du soir,travail du soir,entretien-3,,P3,00:12:35,2,${answer},${answer + ANSWER.length},2/2,"Oui, ""après les enfants"" : je fais des tâches","entretien-3, P3, 00:12:35, segment 2"`,
    );
    // A quote in one turn keeps its one row, with an empty part.
    expect(lines.filter((line) => line.includes(',dimanche,'))).toHaveLength(1);
  });

  it('exports to Word as a Quote paragraph per speaker, the label in bold', async () => {
    const { session, acrossCodeId } = await interview();
    const file = await call(session, 'exports/excerpts', {
      format: 'docx',
      codeId: acrossCodeId,
      language: 'fr',
    });
    const xml = new TextDecoder().decode(unzipSync(Buffer.from(file.content, 'base64'))['word/document.xml']);
    const quotes = xml.split('<w:p>').filter((paragraph) => paragraph.includes('<w:pStyle w:val="Quote"/>'));
    expect(quotes.map((paragraph) => paragraph.replace(/<[^>]+>/gu, ''))).toEqual([
      `Enquêtrice${NBSP}: ${QUESTION_FR}`,
      `P3${NBSP}: ${ANSWER_FR.replaceAll('"', '&quot;')}`,
    ]);
    expect(quotes.every((paragraph) => /<w:b\/>.*(Enquêtrice|P3)/su.test(paragraph))).toBe(true);
    expect(xml).toContain(`— ${CITATION_FR}`);
  });

  it('is copied with each speaker on their own line (English paper)', async () => {
    const { session, acrossCodeId } = await interview();
    const [excerpt] = await call(session, 'codings/excerptsOfCode', { codeId: acrossCodeId });
    const { text } = await call(session, 'exports/excerptText', {
      codingId: excerpt?.codingId ?? 0,
      language: 'en',
    });
    expect(text).toBe(
      [
        `Enquêtrice: “${QUESTION}”`,
        `P3: “${ANSWER}”`,
        '— entretien-3, Enquêtrice / P3, 00:12:31–00:12:35, segments 1–2',
      ].join('\n'),
    );
  });

  it('is exported so by the command line', async () => {
    const { session } = await interview();
    const path = session.path ?? '';
    session.close();
    const out = join(makeTempDir('turns-cli'), 'extraits.md');
    const run = await cli(
      'export',
      path,
      '--format',
      'md',
      '--out',
      out,
      '--lang',
      'fr',
      '--cite',
      'speaker',
    );
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(
      [
        `> **Enquêtrice${NBSP}:** ${QUESTION_FR}`,
        '>',
        `> **P3${NBSP}:** ${ANSWER_FR}`,
        '',
        '— Enquêtrice / P3',
      ].join('\n'),
    );
  });

  it('is reviewed with each part and its own speaker where two coders disagree', async () => {
    const session = coderSession();
    await call(session, 'project/create', { path: join(makeTempDir('turns-review'), 'etude.verbatim') });
    await call(session, 'coders/setMe', { name: 'alice', initials: 'AL', color: '#aa3377' });
    const report = await call(session, 'documents/importFiles', {
      files: [{ name: 'entretien-3.txt', base64: Buffer.from(INTERVIEW).toString('base64') }],
    });
    const documentId = report.imported[0]?.id ?? 0;
    const { text } = await call(session, 'documents/get', { id: documentId });
    const [across] = await call(session, 'codings/create', {
      items: [
        {
          documentId,
          start: text.indexOf(QUESTION),
          end: text.indexOf(ANSWER) + ANSWER.length,
          codeName: 'soir',
        },
      ],
    });
    await call(session, 'coders/setMe', { name: 'bob', initials: 'BO', color: '#3377aa' });
    await call(session, 'codings/create', {
      items: [
        {
          documentId,
          start: text.indexOf(ALONE),
          end: text.indexOf(ALONE) + ALONE.length,
          codeName: 'dimanche',
        },
      ],
    });
    const [place] = await call(session, 'agreement/disagreements', {
      coders: ['alice', 'bob'],
      unit: 'char',
      codeId: across?.codeId ?? 0,
    });
    expect(place?.turns?.map((turn) => [turn.speaker, turn.quote])).toEqual([
      ['Enquêtrice', QUESTION],
      ['P3', ANSWER],
    ]);
  });
});
