// The Word exports, with the docx library (1 MB) loaded on the first Word file written only,
// so that the CLI and the app start fast. Same signatures as the modules they load.
import type { codebookToDocx as CodebookToDocx } from './codebookDocx.ts';
import type { excerptsDocxSkeleton as ExcerptsDocxSkeleton } from './excerptsDocx.ts';
import type { summariesToDocx as SummariesToDocx } from '../summaries/summariesDocx.ts';

export const codebookToDocx: typeof CodebookToDocx = async (...args) =>
  (await import('./codebookDocx.ts')).codebookToDocx(...args);

export const excerptsDocxSkeleton: typeof ExcerptsDocxSkeleton = async (...args) =>
  (await import('./excerptsDocx.ts')).excerptsDocxSkeleton(...args);

export const summariesToDocx: typeof SummariesToDocx = async (...args) =>
  (await import('../summaries/summariesDocx.ts')).summariesToDocx(...args);
