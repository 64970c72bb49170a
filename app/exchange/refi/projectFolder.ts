import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { AppError } from '../../errors.ts';
import { TURNS_ENTRY } from './turnsSidecar.ts';

/** Sources sit in a flat `sources/` folder (FORMAT.md §2); a little depth allows a wrapping folder. */
const MAX_DEPTH = 3;

/** What the reader can use from a folder: the project XML, the turns file, the texts. */
function isProjectText(path: string, depth: number): boolean {
  if (depth === 0 && (/\.qde$/iu.test(path) || path === TURNS_ENTRY)) return true;
  return /\.txt$/iu.test(path);
}

/**
 * An unzipped .qdpx (a folder with its project.qde) packed as a .qdpx in memory, stored
 * uncompressed, so that it is read by the same reader with the same checks. Only the
 * .qde at the root, the turns file and the .txt files are packed: media are never read.
 * Symbolic links are not followed, so nothing outside the folder is read.
 */
export function packProjectFolder(folder: string): Uint8Array {
  const files: Zippable = {};
  const walk = (dir: string, depth: number): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isDirectory() && depth < MAX_DEPTH) walk(path, depth + 1);
      else if (stat.isFile() && isProjectText(name, depth))
        files[relative(folder, path).split(sep).join('/')] = readFileSync(path);
    }
  };
  walk(folder, 0);
  if (!Object.keys(files).some((name) => /^[^/]*\.qde$/iu.test(name)))
    throw new AppError('BAD_FILE', `${folder} has no project.qde: it is not an unzipped REFI-QDA project.`, {
      key: 'notRefiProject',
      params: { file: folder },
    });
  return zipSync(files, { level: 0 });
}
