import type { Db } from '../../../db/index.ts';
import type { ExportedFile } from '../../contract/types.ts';
import { MemorySink } from '../../exports/stream/byteSink.ts';
import { writeQdpx, type QdpxStep } from './projectStream.ts';

/** The project as a REFI-QDA .qdpx file (`name` without extension), for a download. */
export function projectQdpxFile(db: Db, name: string, step: QdpxStep = () => undefined): ExportedFile {
  const sink = new MemorySink();
  writeQdpx(db, name, sink, step);
  return {
    fileName: `${name}.qdpx`,
    mimeType: 'application/zip',
    content: sink.toBuffer().toString('base64'),
    encoding: 'base64',
  };
}
