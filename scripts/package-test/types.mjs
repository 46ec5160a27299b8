// Types: compile a consumer of every typed subpath, and read the value exports each declares.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { NAME } from './package.mjs';

/**
 * Compiles a consumer that imports every typed subpath, strictly and with the library checks
 * on. Returns the compiler's diagnostics and, for each subpath, the value exports it declares.
 * `types` are the consumer's global type packages (`['node']` for a Node portal).
 */
export function typesCheck(scratch, typedSubpaths, { types = [] } = {}) {
  const consumer = join(scratch, 'consumer.ts');
  const specifier = (subpath) => (subpath === '.' ? NAME : `${NAME}/${subpath.slice(2)}`);
  writeFileSync(
    consumer,
    typedSubpaths.map((subpath, index) => `import * as entry${index} from '${specifier(subpath)}';\nexport { entry${index} };\n`).join(''),
  );
  const program = ts.createProgram([consumer], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types,
    skipLibCheck: false,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (!diagnostic.file) return text;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return `${relative(scratch, diagnostic.file.fileName)}:${line + 1}: ${text}`;
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(consumer);
  const valueExports = {};
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const subpath = typedSubpaths[Number(statement.importClause.namedBindings.name.text.slice('entry'.length))];
    const moduleSymbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
    valueExports[subpath] = moduleSymbol ? checker.getExportsOfModule(moduleSymbol).filter((symbol) => isValueExport(checker, symbol)).map((symbol) => symbol.name).sort() : undefined;
  }
  return { diagnostics, valueExports };
}

/** A value a JavaScript import can receive: not a type, not exported with `export type`. */
function isValueExport(checker, symbol) {
  let current = symbol;
  const seen = new Set();
  while (current.flags & ts.SymbolFlags.Alias && !seen.has(current)) {
    seen.add(current);
    if (current.declarations?.some((declaration) => ts.isTypeOnlyImportOrExportDeclaration(declaration))) return false;
    const next = checker.getImmediateAliasedSymbol(current);
    if (!next) break;
    current = next;
  }
  return (current.flags & ts.SymbolFlags.Value) !== 0;
}
