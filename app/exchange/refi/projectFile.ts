/** The file name of a project's .qdpx (`name` without extension). */
export function qdpxFileName(name: string): string {
  return `${name}.qdpx`;
}
