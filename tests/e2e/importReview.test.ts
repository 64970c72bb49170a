import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, paragraph } from '../support/officeFiles.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { StartPage } from './pages/StartPage.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';

let app: E2eApp;
let documents: DocumentsPane;
let transcript: TranscriptPane;

const INTERVIEW = [
  'Enquêtrice : Vous pouvez vous présenter ?',
  'R : Je suis Marie Dupont, j’ai 34 ans. Vous pouvez m’écrire à marie.dupont@exemple.fr si besoin.',
  'Enquêtrice : Et votre travail sur la plateforme ?',
  'R : Des micro-tâches le soir. Marie Dupont, c’est mon nom sur la plateforme aussi.',
  'Enquêtrice : Merci, Mme D.',
].join('\n');

const SECOND = [
  'Enquêtrice : Vous connaissez d’autres travailleurs ?',
  'R : Oui, Marie Dupont, on s’écrit : marie.dupont@exemple.fr.',
].join('\n');

const files = () => [
  { name: 'entretien-3.txt', buffer: Buffer.from(INTERVIEW, 'utf8') },
  { name: 'entretien-4.docx', buffer: Buffer.from(makeDocx(SECOND.split('\n').map(paragraph).join(''))) },
  // A .docx that is not a zip at all: a damaged file in the batch.
  { name: 'abime.docx', buffer: Buffer.from('this is not really a Word file') },
];

beforeAll(async () => {
  app = await startApp('import-review');
  documents = new DocumentsPane(app.page);
  transcript = new TranscriptPane(app.page);
  await app.page.goto(app.server.url);
  await new StartPage(app.page).createProject(join(app.dir, 'pseudo.verbatim'));
  await documents.root.waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('import review with pseudonymisation', () => {
  it('reads the batch, reports the damaged file, and lists likely identifiers with context', async () => {
    await documents.chooseFiles(files());
    expect(await documents.fileRow('abime.docx').innerText()).toMatch(/damaged|not a real/u);
    expect(await documents.fileRow('entretien-4.docx').innerText()).toContain('Enquêtrice, R');
    const name = documents.finding('Marie Dupont');
    const email = documents.finding('marie.dupont@exemple.fr');
    await name.waitFor();
    expect(await name.innerText()).toMatch(/3 occurrences/u);
    expect(await name.locator('mark').first().innerText()).toBe('Marie Dupont');
    expect(await email.innerText()).toMatch(/2 occurrences/u);
    await app.screenshot('11-import-identifiers');
  });

  it('replaces the two accepted identifiers in every file of the batch', async () => {
    await documents.finding('Marie Dupont').locator('input[type=text]').fill('[Participante 3]');
    const email = documents.finding('marie.dupont@exemple.fr');
    await email.locator('input[type=checkbox]').check();
    expect(await documents.finding('Marie Dupont').locator('input[type=checkbox]').isChecked()).toBe(true);
    // A spelling the scan cannot know, linked to the same person by its replacement.
    await documents.dialog.getByLabel('Another spelling to replace').fill('Mme D.');
    await documents.dialog.getByLabel('Its replacement').fill('[Participante 3]');
    await documents.dialog.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await documents.finding('Mme D.').locator('input[type=checkbox]').isChecked()).toBe(true);
    await documents.startImport();
    expect(await documents.report.locator('.import-report__ok').innerText()).toBe('2 files imported');
    expect(await documents.failure('abime.docx').innerText()).toMatch(/abime\.docx/u);
    await app.screenshot('12-import-summary');
    await documents.closeImport();

    const stored = await app.api('documents/list', {});
    expect(stored.map((document) => document.name).sort()).toEqual(['entretien-3', 'entretien-4']);
    for (const document of stored) {
      const detail = await app.api('documents/get', { id: document.id });
      expect(detail.text).not.toContain('Marie Dupont');
      expect(detail.text).not.toContain('marie.dupont@exemple.fr');
      expect(detail.text).not.toContain('Mme D.');
      expect(detail.text).toContain('[Participante 3]');
    }
    await documents.open('entretien-3');
    await transcript.segments.first().waitFor();
    const views = await transcript.segmentViews();
    expect(views[1]?.text).toBe(
      'Je suis [Participante 3], j’ai 34 ans. Vous pouvez m’écrire à [e-mail] si besoin.',
    );
    await app.screenshot('13-pseudonymised-transcript');
  });

  it('scans a document already in the project and replaces for good after confirmation, codings kept', async () => {
    await app.api('documents/importFiles', {
      files: [
        {
          name: 'entretien-5.txt',
          base64: Buffer.from('Q : Un numéro ?\nR : Appelez le 06 12 34 56 78 le soir.\nQ : Merci.').toString(
            'base64',
          ),
        },
      ],
    });
    const stored = (await app.api('documents/list', {})).find((document) => document.name === 'entretien-5');
    const before = await app.api('documents/get', { id: stored?.id ?? 0 });
    const start = before.text.indexOf('06 12');
    await app.api('codings/create', {
      items: [{ documentId: before.id, start, end: start + '06 12 34 56 78'.length, codeName: 'contact' }],
    });
    await app.page.reload();
    await documents.open('entretien-5');
    await transcript.segments.first().waitFor();
    await transcript.documentAction('Check for identifiers…');
    const dialog = app.page.locator('dialog.import-dialog');
    const phone = dialog.locator('.identifier[data-finding="06 12 34 56 78"]');
    await phone.locator('input[type=checkbox]').check();
    await dialog.getByRole('button', { name: 'Replace in this document…' }).click();
    expect(await dialog.getByRole('alert').innerText()).toMatch(/cannot be undone/u);
    await app.screenshot('15-document-identifiers-confirm');
    await dialog.getByRole('button', { name: 'Replace for good' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('1 occurrence replaced.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect
      .poll(async () => (await transcript.segmentViews())[1]?.text)
      .toBe('Appelez le [téléphone] le soir.');
    const [coding] = await app.api('codings/ofDocument', { documentId: before.id });
    expect(coding?.quote).toBe('[téléphone]');
  });
});
