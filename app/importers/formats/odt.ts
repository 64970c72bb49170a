import { XMLParser } from 'fast-xml-parser';
import { AppError } from '../../errors.ts';
import { importNote } from '../notes.ts';
import { partText, unpackArchive } from '../zipSafety.ts';
import type { DocumentText } from './docx.ts';

type XmlNode = Record<string, unknown>;

function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  return (node[tag] as XmlNode[] | undefined) ?? [];
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, string> | undefined;
  return attributes?.[`@_${name}`];
}

/** Text of inline content: spans, spaces (text:s c="n"), tabs, line breaks; notes set aside. */
function inlineText(nodes: readonly XmlNode[], notes: string[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') text += String(node['#text']);
    else if (tag === 'text:s') text += ' '.repeat(Number(attribute(node, 'text:c') ?? '1'));
    else if (tag === 'text:tab') text += '\t';
    else if (tag === 'text:line-break') text += '\n';
    else if (tag === 'text:note') {
      const citation = childrenOf(node, tag).find((child) => tagOf(child) === 'text:note-citation');
      const mark = citation ? inlineText(childrenOf(citation, 'text:note-citation'), notes) : '';
      const body = childrenOf(node, tag).find((child) => tagOf(child) === 'text:note-body');
      const paragraphs: string[] = [];
      if (body) blockText(childrenOf(body, 'text:note-body'), paragraphs, notes);
      notes.push(`[${mark}] ${paragraphs.join(' ')}`.trim());
      text += `[${mark}]`;
    } else if (tag !== 'draw:frame' && tag !== 'office:annotation') {
      text += inlineText(childrenOf(node, tag), notes);
    }
  }
  return text;
}

/** Paragraphs of block content: text:p, text:h, lists, sections and tables (one line a row). */
function blockText(nodes: readonly XmlNode[], paragraphs: string[], notes: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'text:p' || tag === 'text:h') {
      const text = inlineText(childrenOf(node, tag), notes).trim();
      if (text) paragraphs.push(text);
    } else if (tag === 'table:table-row') {
      const cells = childrenOf(node, tag)
        .filter((cell) => tagOf(cell) === 'table:table-cell')
        .map((cell) => {
          const inner: string[] = [];
          blockText(childrenOf(cell, 'table:table-cell'), inner, notes);
          return inner.join(' ');
        })
        .filter(Boolean);
      if (cells.length > 0) paragraphs.push(cells.join(' | '));
    } else if (tag !== '#text' && tag !== 'draw:frame') {
      blockText(childrenOf(node, tag), paragraphs, notes);
    }
  }
}

/** An OpenDocument text (.odt, LibreOffice) as paragraphs; notes go to the end. */
export function readOdt(fileName: string, bytes: Uint8Array): DocumentText {
  const parts = unpackArchive(fileName, bytes, (name) => name === 'content.xml');
  if (!parts.has('content.xml')) {
    throw new AppError('BAD_FILE', `${fileName} is not an OpenDocument text (content.xml is missing).`, {
      key: 'notOdt',
      params: { file: fileName },
    });
  }
  const xml = partText(fileName, parts, 'content.xml');
  let tree: XmlNode[];
  try {
    tree = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      trimValues: false,
      processEntities: true,
      htmlEntities: false,
    }).parse(xml) as XmlNode[];
  } catch (error) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} is damaged (${error instanceof Error ? error.message : String(error)}).`,
      { key: 'documentDamaged', params: { file: fileName } },
    );
  }
  const paragraphs: string[] = [];
  const notes: string[] = [];
  blockText(tree, paragraphs, notes);
  const images = (xml.match(/<draw:image\b/gu) ?? []).length;
  return {
    paragraphs: [...paragraphs, ...notes],
    notes: images > 0 ? [importNote('imagesLeftOut', images)] : [],
  };
}
