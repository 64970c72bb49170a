import { listSets, readProjectSnapshot, type Db } from '../../../db/index.ts';
import type { ExportedFile } from '../../contract/types.ts';
import { buildProjectXml, zipProject } from './writeProject.ts';

/** The project as a REFI-QDA .qdpx file (`name` without extension). */
export function projectQdpxFile(db: Db, name: string): ExportedFile {
  const exported = buildProjectXml(name, readProjectSnapshot(db), {
    documents: listSets(db, 'document'),
    codes: listSets(db, 'code'),
  });
  return {
    fileName: `${name}.qdpx`,
    mimeType: 'application/zip',
    content: Buffer.from(zipProject(exported)).toString('base64'),
    encoding: 'base64',
  };
}
