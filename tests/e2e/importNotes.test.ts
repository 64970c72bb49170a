import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { StartPage } from './pages/StartPage.ts';
import { TopBar } from './pages/TopBar.ts';
import { startApp, type E2eApp } from './support/app.ts';

/**
 * The import review says what an import would change in a file (issue 12: no silent
 * damage), in the interface's language: a subtitle cue left out, invalid UTF-8 bytes.
 */
let app: E2eApp;
let documents: DocumentsPane;

const BROKEN_SRT = [
  '1',
  '00:00:01,000 --> 00:00:04,000',
  'Enquêtrice: Vous travaillez le soir ?',
  '',
  '2',
  '00:00:05,000 -> 00:00:09,000',
  'Marie: Oui, après le dîner.',
  '',
].join('\n');

const DAMAGED_TXT = Buffer.concat([
  Buffer.from('Enquêteur : Où travaillez-vous ?\nMarie : À la maison, près de la fenêtre', 'utf8'),
  Buffer.from([0xff]),
  Buffer.from('.\n', 'utf8'),
]);

const files = () => [
  { name: 'coupe.srt', buffer: Buffer.from(BROKEN_SRT, 'utf8') },
  { name: 'abime.txt', buffer: DAMAGED_TXT },
];

beforeAll(async () => {
  app = await startApp('import-notes', { locale: 'fr-FR' });
  documents = new DocumentsPane(app.page);
  await app.page.goto(app.server.url);
  await new StartPage(app.page).createProject(join(app.dir, 'notes.verbatim'));
  await documents.root.waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('import review notes', () => {
  it('says in French which cue was left out and where invalid bytes are', async () => {
    await documents.chooseFiles(files());
    expect(await documents.fileRow('coupe.srt').innerText()).toContain(
      '1 sous-titre laissé de côté : sa ligne de minutage n’est pas valide (l. 5 du fichier).',
    );
    expect(await documents.fileRow('abime.txt').innerText()).toContain(
      '1 octet invalide dans ce fichier UTF-8, affiché � (l. 2) : vérifiez le texte à cet endroit.',
    );
    await app.screenshot('import-notes-fr');
    await app.page.keyboard.press('Escape');
    await documents.dialog.waitFor({ state: 'detached' });
  });

  it('says it in English once the interface is in English', async () => {
    await new TopBar(app.page).switchLanguage('en');
    await documents.chooseFiles(files());
    expect(await documents.fileRow('coupe.srt').innerText()).toContain(
      '1 cue left out: it has no valid timing line (l. 5 of the file).',
    );
    expect(await documents.fileRow('abime.txt').innerText()).toContain(
      '1 invalid byte in this UTF-8 file, shown as � (l. 2): check the text there.',
    );
  });
});
