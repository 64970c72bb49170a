import type { AgreementFigures } from '../../../app/contract/types.ts';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject } from '../backend.ts';
import { CliError, printJson, type CliIo } from '../output.ts';
import { resolveCodes, resolveDocument } from '../resolve.ts';

const AGREE_USAGE =
  'verbatim agree FILE --coders A,B[,C] --unit char|segment|document [--code NAME] [--doc DOC] [--json]';

const UNITS = ['char', 'segment', 'document'] as const;
type Unit = (typeof UNITS)[number];

function isUnit(value: string | undefined): value is Unit {
  return (UNITS as readonly (string | undefined)[]).includes(value);
}

function parseCoders(values: readonly string[] | undefined): string[] {
  // "--coders A,B" and "--coders A --coders B" both work; names are trimmed.
  const names = (values ?? []).flatMap((value) => value.split(',')).map((name) => name.trim());
  if (names.length < 2 || names.some((name) => name === '')) {
    throw new CliError(
      `--coders takes at least two coder names, e.g. --coders alice,bob.\nUsage: ${AGREE_USAGE}`,
      2,
    );
  }
  if (new Set(names).size !== names.length) throw new CliError('--coders names each coder once.', 2);
  return names;
}

function figureText(value: number | null, asPercent = false): string {
  if (value === null) return '—';
  return asPercent ? `${(value * 100).toFixed(1)}%` : value.toFixed(3);
}

/** The documented JSON figures; extra fields are allowed by the contract (docs/CLI.md). */
function jsonFigures({ percent, kappa, alpha, units, disagreements }: AgreementFigures) {
  return { percent, kappa, alpha, units, disagreements };
}

export async function agreeCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      coders: { type: 'string', multiple: true },
      unit: { type: 'string' },
      code: { type: 'string', multiple: true },
      doc: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    AGREE_USAGE,
  );
  const [file] = requirePositionals(positionals, 1, AGREE_USAGE);
  const coders = parseCoders(values.coders);
  if (!isUnit(values.unit)) {
    throw new CliError(`--unit must be char, segment or document.\nUsage: ${AGREE_USAGE}`, 2);
  }
  const unit = values.unit;
  const result = await withProject(file ?? '', async (call) => {
    const named = await resolveCodes(call, values.code ?? []);
    const codeIds = named.length > 0 ? named : undefined;
    const documentIds =
      values.doc && values.doc.length > 0
        ? await Promise.all(values.doc.map(async (doc) => (await resolveDocument(call, doc)).id))
        : undefined;
    return call('agreement/compute', {
      coders,
      unit,
      ...(codeIds ? { codeIds } : {}),
      ...(documentIds ? { documentIds } : {}),
    });
  });
  if (values.json) {
    printJson(io, {
      unit: result.unit,
      coders: result.coders,
      documents: result.documents.map((document) => document.name),
      codes: result.codes.map((code) => ({ name: code.name, ...jsonFigures(code) })),
      pooled: jsonFigures(result.pooled),
    });
    return;
  }
  const count = result.documents.length;
  io.out(
    `Agreement of ${result.coders.join(', ')} by ${result.unit}, over ${count} document${count === 1 ? '' : 's'}:`,
  );
  const rows = [
    ...result.codes.map((code) => [code.name, code] as const),
    ['(pooled)', result.pooled] as const,
  ];
  const width = Math.max(4, ...rows.map(([name]) => name.length));
  io.out(`${'code'.padEnd(width)}  percent   kappa   alpha      units  differ`);
  for (const [name, figures] of rows) {
    io.out(
      `${name.padEnd(width)}  ${figureText(figures.percent, true).padStart(7)}  ${figureText(figures.kappa).padStart(6)}  ${figureText(figures.alpha).padStart(6)}  ${String(figures.units).padStart(9)}  ${String(figures.disagreements).padStart(6)}`,
    );
  }
  for (const [name, figures] of rows) {
    for (const [statistic, reason] of Object.entries(figures.reasons))
      io.out(`— ${name}, ${statistic}: ${reason}`);
  }
}
