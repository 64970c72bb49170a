import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject } from '../backend.ts';
import { printJson, type CliIo } from '../output.ts';
import { resolveDocument } from '../resolve.ts';

const TEXT_USAGE = 'verbatim text FILE DOC [--json]';

export async function textCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, TEXT_USAGE);
  const [file, reference] = requirePositionals(positionals, 2, TEXT_USAGE);
  const document = await withProject(file ?? '', async (call) => {
    const summary = await resolveDocument(call, reference ?? '');
    return call('documents/get', { id: summary.id });
  });
  if (values.json) {
    printJson(io, {
      id: document.id,
      name: document.name,
      text: document.text,
      segments: document.segments.map(({ start, end, speaker, timestamp }) => ({
        start,
        end,
        speaker,
        timestamp,
      })),
    });
    return;
  }
  for (const segment of document.segments) {
    const label = [segment.timestamp && `[${segment.timestamp}]`, segment.speaker && `${segment.speaker}:`]
      .filter(Boolean)
      .join(' ');
    io.out(`${label ? `${label} ` : ''}${document.text.slice(segment.start, segment.end)}\n`);
  }
}

const CODES_USAGE = 'verbatim codes FILE [--json]';

export async function codesCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, CODES_USAGE);
  const [file] = requirePositionals(positionals, 1, CODES_USAGE);
  const codes = await withProject(file ?? '', (call) => call('codes/list', {}));
  if (values.json) {
    printJson(
      io,
      codes.map((code) => ({
        id: code.id,
        name: code.name,
        parent: code.parentId,
        color: code.color,
        codings: code.codingCount,
      })),
    );
    return;
  }
  const names = new Map(codes.map((code) => [code.id, code.name]));
  for (const code of codes) {
    const parent = code.parentId === null ? '' : ` (under ${names.get(code.parentId) ?? '?'})`;
    io.out(`${code.name}${parent}: ${code.codingCount} coding${code.codingCount === 1 ? '' : 's'}`);
  }
}
