/** Escapes text so that Markdown renders it literally (hostile or accidental markup). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~-]/gu, (char) => `\\${char}`);
}
