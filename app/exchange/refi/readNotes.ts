import { attr, child, children, textOf, type XmlNode } from './parseXml.ts';
import { derivedGuid, guidOf, type MemoTarget, type ReadContext } from './readContext.ts';
import { normaliseSourceText } from './sourceText.ts';
import { normaliseGuid, plainTextToLexical } from './values.ts';

const ELEMENT_WORDS: Record<string, string> = {
  Project: 'the project',
  Code: 'a code',
  TextSource: 'a text source',
  PDFSource: 'a PDF source',
  PictureSource: 'a picture source',
  AudioSource: 'an audio source',
  VideoSource: 'a video source',
  PlainTextSelection: 'a text selection',
  PDFSelection: 'a PDF selection',
  PictureSelection: 'a picture selection',
  AudioSelection: 'an audio selection',
  VideoSelection: 'a video selection',
  Transcript: 'a transcript',
  Coding: 'a coding',
  Note: 'a note',
  Link: 'a link',
  Case: 'a case',
  Set: 'a set',
};
const words = (element: string | undefined): string =>
  element ? (ELEMENT_WORDS[element] ?? `a ${element}`) : 'something not in the file';

/** Visits every element of the tree with its name (attributes are strings and not visited). */
function walk(name: string, node: XmlNode, visit: (name: string, node: XmlNode) => void): void {
  visit(name, node);
  for (const [key, value] of Object.entries(node)) {
    for (const item of Array.isArray(value) ? value : [value])
      if (typeof item === 'object' && item !== null) walk(key, item as XmlNode, visit);
  }
}

/**
 * Where each note is attached: by `NoteRef` on any element (the project, a code, a source,
 * a selection, a coding, a link…), and by a `Link` between a note and something else (NVivo
 * annotations, ATLAS.ti memo–quotation links). Links between other things are reported.
 */
function attachments(context: ReadContext, root: XmlNode, noteGuids: ReadonlySet<string>) {
  const elements = new Map<string, string>();
  const on = new Map<string, string[]>();
  const attach = (note: string, element: string) => on.set(note, [...(on.get(note) ?? []), element]);
  walk('Project', root, (name, node) => {
    const guid = name === 'Project' ? 'project' : attr(node, 'guid');
    if (!guid) return;
    const element = normaliseGuid(guid);
    elements.set(element, name);
    for (const ref of children(node, 'NoteRef'))
      attach(normaliseGuid(attr(ref, 'targetGUID') ?? ''), element);
  });
  for (const link of children(child(root, 'Links'), 'Link')) {
    const origin = normaliseGuid(attr(link, 'originGUID') ?? '');
    const target = normaliseGuid(attr(link, 'targetGUID') ?? '');
    if (noteGuids.has(origin) !== noteGuids.has(target)) {
      if (noteGuids.has(origin)) attach(origin, target);
      else attach(target, origin);
      continue;
    }
    context.skipped.push({
      what: `link «${attr(link, 'name') ?? guidOf(link)}»`,
      why: `it joins ${words(elements.get(origin))} and ${words(elements.get(target))}; Verbatim keeps only links that attach a note.`,
    });
  }
  return { elements, on };
}

/** Notes → memos, one on each imported thing they are attached to (else on the project). */
export function readNotes(context: ReadContext, root: XmlNode): void {
  const notes = children(child(root, 'Notes'), 'Note');
  const { elements, on } = attachments(context, root, new Set(notes.map(guidOf)));
  for (const graph of children(child(root, 'Graphs'), 'Graph')) {
    context.skipped.push({
      what: `graph «${attr(graph, 'name') ?? guidOf(graph)}»`,
      why: `Verbatim has no network views (${children(graph, 'Vertex').length} nodes, ${children(graph, 'Edge').length} edges); the codes, sources and notes it shows are imported on their own.`,
    });
  }
  for (const note of notes) {
    const guid = guidOf(note);
    const title = attr(note, 'name') ?? '';
    const path = attr(note, 'plainTextPath');
    const inline = note['PlainTextContent'] !== undefined ? textOf(note, 'PlainTextContent') : null;
    const raw = inline ?? (path ? context.readSource(path) : null);
    if (raw === null) {
      context.skipped.push({ what: title || guid, why: 'the note has no text.' });
      continue;
    }
    const places = on.get(guid) ?? [];
    const targets = new Map<string, MemoTarget>();
    for (const element of places)
      for (const target of context.memoTargets.get(element) ?? [])
        targets.set(`${target.kind}:${target.id}`, target);
    const missed = places.find((element) => !context.memoTargets.has(element));
    if (missed !== undefined)
      context.warnings.push(
        `The note «${title || guid}» is attached to ${words(elements.get(missed))} that was not imported; ${targets.size === 0 ? 'it is a project memo' : 'it is kept where else it is attached'}.`,
      );
    if (targets.size === 0) targets.set('project', { kind: 'project', id: null, guid: 'project' });
    const plainText = normaliseSourceText(raw).text;
    [...targets.values()].forEach((target, index) => {
      if (target.moved) context.warnings.push(`The note «${title || guid}»: ${target.moved}.`);
      context.snapshot.memos.push({
        // The first memo keeps the note's GUID (a round trip finds it); the others get stable ones.
        guid: index === 0 ? guid : derivedGuid(guid, target.guid),
        targetKind: target.kind,
        targetId: target.id,
        title,
        body: plainTextToLexical(plainText),
        plainText,
        authorId: attr(note, 'creatingUser') ? context.coderOf(attr(note, 'creatingUser')) : null,
        createdAt: attr(note, 'creationDateTime') ?? context.now,
      });
    });
  }
}
