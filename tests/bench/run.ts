import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { countOverlaps, type Span } from '../../app/analysis/cooccurrence.ts';
import { copyProject, type CopySummary } from '../../app/backups/projectCopy.ts';
import type { ProjectSession } from '../../app/session.ts';
import { parseSource } from '../../app/importers/importFile.ts';
import { call, testSession } from '../support/session.ts';
import { benchTranscriptInChromium } from './chromium.ts';
import { benchCli } from './cli.ts';
import { benchResponsiveness } from './responsiveness.ts';
import { benchScaleExports } from './exports.ts';
import { benchNetwork } from './network.ts';
import { benchAnalysis18 } from './analysis18.ts';
import { benchScale } from './scale.ts';
import { fillLargeProject, selfJoinOverlap } from './largeProject.ts';
import { benchScaleViews } from './scaleViews.ts';
import { benchTeam } from './team.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { makeDocx, paragraph } from '../support/officeFiles.ts';
import { makePdf } from '../support/pdfFiles.ts';
import { importInChild } from '../support/peakMemory.ts';
import { makeBombZip } from '../support/zipBomb.ts';

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(runs: number, work: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** A synthetic French interview of about `words` words in speaker turns. */
export function syntheticInterview(words: number): string {
  const vocabulary = [
    'plateforme',
    'tâche',
    'journée',
    'soir',
    'enfants',
    'écran',
    'opaque',
    'éthique',
    'seule',
    'payé',
  ];
  const lines: string[] = [];
  let count = 0;
  for (let turn = 0; count < words; turn++) {
    const length = 20 + (turn % 40);
    const body = Array.from({ length }, (_, i) => vocabulary[(turn * 7 + i) % vocabulary.length]).join(' ');
    lines.push(`${turn % 2 === 0 ? 'Enquêteur' : 'Marie'} : ${body}.`);
    count += length;
  }
  return lines.join('\n');
}

/**
 * The benchmark sections, run in this order; `npm run bench -- NAME...` runs only those named
 * (a busy machine need not rebuild the large projects to measure one path).
 */
const sections: Record<string, () => Promise<void> | void> = {
  import: benchImports,
  bomb: benchZipBomb,
  cli: benchCli,
  small: benchSmallProject,
  large: benchLargeProject,
  transcript: benchTranscriptInChromium,
  scale: async () => {
    await benchScale();
    await benchScaleViews();
    await benchScaleExports();
  },
  // The exports of `scale` alone (VERBATIM_SCALE_FACTORS=1 for the 1x project only).
  exports: benchScaleExports,
  network: benchNetwork,
  analysis18: benchAnalysis18,
  team: benchTeam,
};

export async function runBenchmarks(names: readonly string[]): Promise<void> {
  console.log(
    `Verbatim benchmarks — ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}\n`,
  );
  const unknown = names.filter((name) => !(name in sections));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown benchmark section(s): ${unknown.join(', ')}. Known: ${Object.keys(sections).join(', ')}.`,
    );
  }
  for (const [name, run] of Object.entries(sections)) {
    if (names.length === 0 || names.includes(name)) await run();
  }
}

/** Import throughput of one 40,000-word interview as .txt, .docx and .pdf. */
async function benchImports(): Promise<void> {
  const text = syntheticInterview(40000);
  const bytes = new TextEncoder().encode(text);
  const parseMs = await timeAsync(5, () => parseSource('interview.txt', bytes));
  console.log(
    `import .txt (parse + segment): ${(bytes.length / 1024 / 1024 / (parseMs / 1000)).toFixed(1)} MB/s (${(bytes.length / 1024).toFixed(0)} KB in ${parseMs.toFixed(1)} ms)`,
  );

  // The same interview as a .docx and a .pdf: throughput in MB of text (not of the file).
  const docx = makeDocx(text.split('\n').map(paragraph).join(''));
  const docxMs = await timeAsync(3, () => parseSource('interview.docx', docx));
  console.log(
    `import .docx (unzip + mammoth + segment): ${(bytes.length / 1024 / 1024 / (docxMs / 1000)).toFixed(1)} MB/s of text (${(docx.length / 1024).toFixed(0)} KB file in ${docxMs.toFixed(1)} ms)`,
  );
  const pdfPages = chunk(text.split('\n'), 45);
  const pdf = makePdf(pdfPages);
  const pdfMs = await timeAsync(3, () => parseSource('interview.pdf', pdf));
  console.log(
    `import .pdf (pdf.js text layer + segment, ${pdfPages.length} pages): ${(bytes.length / 1024 / 1024 / (pdfMs / 1000)).toFixed(2)} MB/s of text (${pdfMs.toFixed(0)} ms)`,
  );
}

/** 20 long interviews imported, 100,000 spans swept in memory, 3,000 codings saved at once. */
async function benchSmallProject(): Promise<void> {
  const bytes = new TextEncoder().encode(syntheticInterview(40000));
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('bench'), 'bench.verbatim') });
  const importStart = performance.now();
  const report = await call(session, 'documents/importFiles', {
    files: Array.from({ length: 20 }, (_, i) => ({
      name: `interview-${i}.txt`,
      base64: Buffer.from(bytes).toString('base64'),
    })),
  });
  const importMs = performance.now() - importStart;
  console.log(
    `import 20 × 40,000-word .txt into SQLite: ${importMs.toFixed(0)} ms (${((20 * bytes.length) / 1024 / 1024 / (importMs / 1000)).toFixed(1)} MB/s)`,
  );

  const spans: Span[] = [];
  let id = 0;
  for (let documentId = 1; documentId <= 500; documentId++) {
    for (let k = 0; k < 200; k++) {
      const start = (k * 997) % 48000;
      spans.push({
        id: id++,
        documentId,
        codeId: (k * 13 + documentId) % 60,
        start,
        end: start + 50 + (k % 400),
      });
    }
  }
  const cooccurMs = time(5, () => countOverlaps(spans));
  console.log(
    `co-occurrence (overlap), 100,000 codings, 60 codes, 500 documents: ${cooccurMs.toFixed(1)} ms (sweep, in memory)`,
  );

  const documentId = report.imported[0]?.id ?? 0;
  const items = Array.from({ length: 3000 }, (_, i) => ({
    documentId,
    start: (i * 83) % 200000,
    end: ((i * 83) % 200000) + 40,
    codeName: `code ${i % 60}`,
  }));
  const codingStart = performance.now();
  await call(session, 'codings/create', { items });
  console.log(`save 3,000 codings in one transaction: ${(performance.now() - codingStart).toFixed(0)} ms`);
  const queryStart = performance.now();
  await call(session, 'analysis/cooccurrence', { scope: 'overlap' });
  console.log(
    `analysis/cooccurrence through the contract (3,000 codings): ${(performance.now() - queryStart).toFixed(1)} ms`,
  );
  session.close();
}

/** Peak memory of a fresh process refusing a 2 GiB .docx bomb whose headers declare 1 KB. */
export function benchZipBomb(): void {
  const file = join(makeTempDir('bench-bomb'), 'bomb.docx');
  writeFileSync(
    file,
    makeBombZip({ 'word/document.xml': '<w:document/>' }, [
      { name: 'word/styles.xml', realBytes: 2 * 1024 ** 3, declaredBytes: 1000 },
    ]),
  );
  const baseline = join(makeTempDir('bench-bomb'), 'small.docx');
  writeFileSync(baseline, makeDocx(paragraph('Bonjour.')));
  const bomb = importInChild(file);
  const small = importInChild(baseline);
  console.log(
    `refuse a lying-size .docx bomb (2 GiB declared as 1 KB): peak memory ${bomb.peakMb.toFixed(0)} MB (a one-line .docx: ${small.peakMb.toFixed(0)} MB) — ${bomb.outcome}`,
  );
}

async function timeAsync(runs: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The reference project of the analysis issue: 500 × 8,000 words, 60 codes, 100,000 codings. */
async function benchLargeProject(): Promise<void> {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('bench-large'), 'large.verbatim') });
  const fillMs = fillLargeProject(session.db(), { documents: 500, words: 8000, codes: 60, codings: 100000 });
  console.log(
    `\nreference project (500 transcripts × 8,000 words, 60 codes, 100,000 codings) built in ${(fillMs / 1000).toFixed(1)} s`,
  );
  // The first call after a change reads every coding from SQLite; later calls use the
  // in-memory copy until the next write (app/analysis/dataCache.ts). Both are reported.
  const firstMs = await timeAsync(1, () => call(session, 'analysis/cooccurrence', { scope: 'overlap' }));
  console.log(`  co-occurrence overlap, first call after a change: ${firstMs.toFixed(0)} ms`);
  for (const scope of ['overlap', 'near:50', 'segment', 'document']) {
    const ms = await timeAsync(5, () => call(session, 'analysis/cooccurrence', { scope }));
    console.log(`  co-occurrence ${scope.padEnd(8)} (backend, through the contract): ${ms.toFixed(0)} ms`);
  }
  const joinMs = time(1, () => selfJoinOverlap(session.db()));
  console.log(`  baseline: SQL self-join over codings (overlap): ${joinMs.toFixed(0)} ms`);
  for (const query of ['ethique', '"triple journée"', 'algo*', 'fatigue NOT famille']) {
    const ms = await timeAsync(3, () => call(session, 'search/query', { query, limit: 200 }));
    console.log(`  search ${query.padEnd(22)}: ${ms.toFixed(1)} ms`);
  }
  for (const [columns, measure] of [
    ['documents', 'count'],
    ['documents', 'share'],
  ] as const) {
    const ms = await timeAsync(5, () => call(session, 'analysis/matrix', { columns, measure }));
    console.log(`  matrix code × ${columns} (${measure}): ${ms.toFixed(0)} ms`);
  }
  // Exports for papers of every excerpt (100,000), in French with citations and quote marks.
  for (const format of ['md', 'csv', 'html', 'docx'] as const) {
    const ms = await timeAsync(1, () =>
      call(session, 'exports/excerpts', {
        format,
        language: 'fr',
        citation: ['document', 'speaker', 'segment'],
        quoteMarks: true,
      }),
    );
    console.log(`  export 100,000 excerpts to ${format.padEnd(4)}: ${ms.toFixed(0)} ms`);
  }
  const qdpxMs = await timeAsync(1, () => call(session, 'exchange/exportProject', {}));
  console.log(
    `  export the project as REFI-QDA (.qdpx, 500 sources, 100,000 selections): ${qdpxMs.toFixed(0)} ms`,
  );
  await benchResponsiveness(session);
  const scanMs = await timeAsync(1, () => call(session, 'pseudonymise/scanForExport', { scope: 'qdpx' }));
  console.log(`  identifier scan before exporting the whole project: ${scanMs.toFixed(0)} ms`);
  benchBackup(session);
  session.close();
}

/** A backup (VACUUM INTO, app/backups) of the reference project, as taken on open and every 10 minutes. */
function benchBackup(session: ProjectSession): void {
  const folder = makeTempDir('bench-backup');
  let copy: CopySummary | null = null;
  let run = 0;
  const ms = time(3, () => {
    copy = copyProject(session.db(), join(folder, `backup-${run++}.verbatim`), { refuseExisting: true });
  });
  const size = (copy as CopySummary | null)?.bytes ?? 0;
  console.log(
    `  back up the project (100,000 codings, ${(size / 1024 / 1024).toFixed(0)} MB, VACUUM INTO a private file): ${ms.toFixed(0)} ms`,
  );
}
