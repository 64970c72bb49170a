/**
 * Minimal valid PDFs made in the test (no binary fixtures in the repo): one page per entry,
 * each line drawn with a standard font in WinAnsi encoding, so French accents survive.
 * `pages: []` entries with no lines make a page without any text layer (a scan has none).
 */
export function makePdf(pages: readonly (readonly string[])[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const fontId = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  const pagesId = objects.length + 1 + pages.length * 2;
  for (const lines of pages) {
    const drawn = lines
      .map((line, index) => `BT /F1 12 Tf 72 ${720 - index * 16} Td (${pdfString(line)}) Tj ET`)
      .join('\n');
    const contentId = add(`<< /Length ${latin1Length(drawn)} >>\nstream\n${drawn}\nendstream`);
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${contentId} 0 R >>`,
      ),
    );
  }
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  const catalogId = add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(latin1Length(out));
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = latin1Length(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalogId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (char) => char.charCodeAt(0));
}

function latin1Length(text: string): number {
  return text.length;
}

/** A PDF literal string: escapes, and non-ASCII Latin-1 characters as octal codes. */
function pdfString(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.charCodeAt(0);
      if (char === '(' || char === ')' || char === '\\') return `\\${char}`;
      if (code > 126 && code < 256) return `\\${code.toString(8).padStart(3, '0')}`;
      if (code >= 256) return '?';
      return char;
    })
    .join('');
}
