import { XMLParser } from 'fast-xml-parser';
import { AppError } from '../../errors.ts';
import { refuseDoctype } from '../../importers/zipSafety.ts';

export type XmlNode = { readonly [key: string]: unknown };

// Elements that may repeat, always read as arrays so that one child and several look alike.
const REPEATED = new Set([
  'User',
  'Code',
  'Variable',
  'Case',
  'VariableValue',
  'SourceRef',
  'CodeRef',
  'SelectionRef',
  'TextSource',
  'PDFSource',
  'PictureSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'Note',
  'Set',
  'MemberCode',
  'MemberSource',
  'MemberNote',
  'Link',
  'Graph',
]);

/**
 * Parses REFI-QDA XML leniently: namespace prefixes and versions are ignored (elements are
 * matched by local name), attributes kept as strings, text kept exactly (positions count it).
 */
export function parseRefiXml(fileName: string, xml: string): XmlNode {
  refuseDoctype(fileName, xml);
  try {
    return new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      removeNSPrefix: true,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: true,
      isArray: (name) => REPEATED.has(name),
    }).parse(xml, true) as XmlNode;
  } catch (error) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} is not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
      { key: 'xmlMalformed', params: { file: fileName } },
    );
  }
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const value = node?.[name];
  if (Array.isArray(value)) return value[0] as XmlNode | undefined;
  return typeof value === 'object' && value !== null ? (value as XmlNode) : undefined;
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((item) =>
    typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': String(item) },
  );
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** The text of an element given as <Name>text</Name>, or '' when empty or missing. */
export function textOf(node: XmlNode | undefined, name: string): string {
  const value = node?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (typeof first === 'object' && first !== null && '#text' in first)
    return String((first as XmlNode)['#text']);
  return '';
}
