// @ts-check
// The layer rule of docs/ARCHITECTURE.md as an allowlist: each layer names what it may import
// (its own files, the layers below, packages, Node built-ins, electron), and everything else
// is refused, whether written `import`, `export … from`, `import()`, `require()` or
// `import('…').Type`. A list of forbidden imports misses what nobody thought of (bare 'fs', a
// dynamic import, an indirect path through a helper); an allowlist does not.
import { isBuiltin } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A repository glob as a regular expression: `**` any folders, `*` within one name,
 * `{a,b}` either.
 * @param {string} glob
 */
export function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob.charAt(i);
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',') source += '|';
    else source += char.replace(/[.+?^$()|[\]\\]/gu, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

/** @param {string} specifier */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** @type {import('eslint').Rule.RuleModule} */
export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Allow each layer only the imports docs/ARCHITECTURE.md gives it.' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          files: { type: 'array', items: { type: 'string' } },
          typeOnlyFiles: { type: 'array', items: { type: 'string' } },
          testFiles: { type: 'array', items: { type: 'string' } },
          /** '*' for any package, else names or globs ('@lexical/*'). */
          packages: { anyOf: [{ const: '*' }, { type: 'array', items: { type: 'string' } }] },
          node: { type: 'boolean' },
          electron: { type: 'boolean' },
        },
        required: ['layer', 'files', 'packages'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const options = context.options[0];
    const layer = String(options.layer);
    const allowedFiles = /** @type {string[]} */ (options.files).map(globToRegExp);
    const typeOnlyFiles = /** @type {string[]} */ (options.typeOnlyFiles ?? []).map(globToRegExp);
    const testFiles = /** @type {string[]} */ (options.testFiles ?? []).map(globToRegExp);
    const packages =
      options.packages === '*' ? '*' : /** @type {string[]} */ (options.packages).map(globToRegExp);
    const fromDir = dirname(context.filename);
    const isTestFile = /\.test\.tsx?$/u.test(context.filename);

    /**
     * Why the import is refused, or null when the layer may make it.
     * @param {string} specifier
     * @param {boolean} typeOnly
     */
    function refusal(specifier, typeOnly) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = relative(repoRoot, join(fromDir, specifier)).split(sep).join('/');
        const allowed =
          allowedFiles.some((pattern) => pattern.test(target)) ||
          (isTestFile && testFiles.some((pattern) => pattern.test(target)));
        if (!allowed) return `${layer} may not import ${target}.`;
        if (!typeOnly && typeOnlyFiles.some((pattern) => pattern.test(target))) {
          return `${layer} may import only types from ${target} (its values bring zod, whose eval probe the CSP refuses); import values from a zod-free contract module.`;
        }
        return null;
      }
      if (specifier === 'electron' || specifier.startsWith('electron/')) {
        return options.electron ? null : `${layer} may not import electron: only main/electron/ does.`;
      }
      if (isBuiltin(specifier)) {
        return options.node ? null : `${layer} may not import the Node built-in '${specifier}'.`;
      }
      const name = packageName(specifier);
      if (packages === '*' || packages.some((pattern) => pattern.test(name))) return null;
      return `${layer} may not import the package '${name}'.`;
    }

    /**
     * @param {import('estree').Node} node
     * @param {unknown} source
     * @param {boolean} typeOnly
     */
    function check(node, source, typeOnly) {
      if (typeof source !== 'string') {
        context.report({
          node,
          message: `${layer}: a computed import cannot be checked against the layer rules.`,
        });
        return;
      }
      const message = refusal(source, typeOnly);
      if (message !== null) context.report({ node, message: `${message} See docs/ARCHITECTURE.md#layers.` });
    }

    /** @param {any} node An import or export declaration with a source. */
    function isTypeOnly(node) {
      if (node.importKind === 'type' || node.exportKind === 'type') return true;
      const specifiers = node.specifiers ?? [];
      return (
        specifiers.length > 0 &&
        specifiers.every((/** @type {any} */ s) => s.importKind === 'type' || s.exportKind === 'type')
      );
    }

    /** @param {any} node */
    function literalValue(node) {
      if (node?.type === 'Literal') return node.value;
      if (node?.type === 'TemplateLiteral' && node.expressions.length === 0)
        return node.quasis[0]?.value.cooked;
      return undefined;
    }

    return {
      ImportDeclaration(node) {
        check(node, node.source.value, isTypeOnly(node));
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, isTypeOnly(node));
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, isTypeOnly(node));
      },
      ImportExpression(node) {
        check(node, literalValue(node.source), false);
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          check(node, literalValue(node.arguments[0]), false);
        }
      },
      /** @param {any} node `import('…').Type` */
      TSImportType(node) {
        // typescript-eslint 8 names the string `source` (`argument`, a literal type, is deprecated).
        const source = node.source ?? node.argument?.literal;
        check(node, literalValue(source), true);
      },
      /** @param {any} node `import x = require('…')` */
      TSExternalModuleReference(node) {
        check(node, literalValue(node.expression), false);
      },
    };
  },
};

export const layersPlugin = { rules: { 'layer-imports': layerImports } };
