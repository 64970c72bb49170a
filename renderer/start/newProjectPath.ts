/** The project file's extension (main/projectFiles.ts has the shells' own). */
const PROJECT_FILE_EXTENSION = '.verbatim';

export type NewProjectProblem = 'nameRequired' | 'nameInvalid' | 'folderRequired';

/**
 * The file a new project gets from the folder and the name typed in the browser: the name
 * alone (no folder inside it), `.verbatim` added unless it is there, joined with the
 * folder's own separator. The shell checks the rest (the folder exists, is writable, is
 * inside its folder) before creating anything.
 */
export function newProjectPath(
  folder: string,
  name: string,
): { readonly path: string } | { readonly problem: NewProjectProblem } {
  const cleanName = name.trim();
  const cleanFolder = folder.trim();
  if (cleanName === '') return { problem: 'nameRequired' };
  if (/[\\/]/u.test(cleanName) || cleanName === '.' || cleanName === '..') return { problem: 'nameInvalid' };
  if (cleanFolder === '') return { problem: 'folderRequired' };
  const separator = cleanFolder.includes('\\') && !cleanFolder.includes('/') ? '\\' : '/';
  const base = cleanFolder.replace(/[\\/]+$/u, '');
  const file = cleanName.toLowerCase().endsWith(PROJECT_FILE_EXTENSION)
    ? cleanName
    : `${cleanName}${PROJECT_FILE_EXTENSION}`;
  return { path: `${base}${separator}${file}` };
}
