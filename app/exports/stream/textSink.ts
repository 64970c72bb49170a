import type { ExcerptPlan, PlannedGroup } from '../excerptPlan.ts';
import type { ModelExcerpt } from '../excerptFormat.ts';
import type { ByteSink } from './byteSink.ts';

/** Called after each excerpt or document written: progress now and then, a cancel thrown from there. */
export type ExportStep = (done: number, total: number) => void;

export const noStep: ExportStep = () => undefined;

/** Text gathered to about this many characters before it is encoded and written. */
const TEXT_BLOCK = 64 * 1024;

/** UTF-8 text to a byte sink, in blocks. */
export class TextSink {
  private pending: string[] = [];
  private length = 0;

  constructor(private readonly sink: ByteSink) {}

  write(text: string): void {
    this.pending.push(text);
    this.length += text.length;
    if (this.length >= TEXT_BLOCK) this.flush();
  }

  flush(): void {
    if (this.length === 0) return;
    this.sink.write(Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
    this.length = 0;
  }
}

/** Excerpts read from the database at a time by a streamed writer. */
const READ_CHUNK = 500;

/**
 * A group's excerpts in order, read a chunk at a time and each laid out as the writer
 * reaches it: an excerpt is garbage once written, never kept alive by the rest of its chunk.
 */
export function* readExcerpts(plan: ExcerptPlan, group: PlannedGroup): Generator<ModelExcerpt> {
  for (let index = 0; index < group.codingIds.length; index += READ_CHUNK)
    yield* plan.read(group.codingIds.slice(index, index + READ_CHUNK));
}
