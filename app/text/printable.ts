// C0 control characters but tab, line feed and carriage return, and DEL: no reader shows
// them, XML 1.0 (REFI-QDA, Word) forbids the C0 ones, and a terminal or spreadsheet may act on them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/** Text without the control characters that a transcript pasted from elsewhere may carry. */
export function printable(text: string): string {
  return text.replace(CONTROL, '');
}
