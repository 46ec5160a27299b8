// The write rules of the server, bundled from the library's source (src/adapters/write-rules.ts
// and src/model/) for Node: by the package build into dist/server/write-rules.js, and on start
// when the server runs in this repository, so it is never older than the source. Not shipped.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const entry = `
export { recordToCreate, recordToUpdate, checkRemove } from './src/adapters/write-rules.ts';
export { parseAnnouncement } from './src/model/parse.ts';
export { validateInput } from './src/model/validate.ts';
export { normalizeInstant } from './src/model/dates.ts';
export { ValidationError, ConflictError, NotFoundError } from './src/model/errors.ts';
export { isInAudience } from './src/model/audience.ts';
export { summarizeReceipts } from './src/model/receipts.ts';
`;

/**
 * Bundles the rules into one ES module for Node 20 and returns its code; with `outfile`, the
 * module is also written there.
 * @param {{ outfile?: string }} [options]
 * @returns {Promise<string>}
 */
export async function bundleWriteRules({ outfile } = {}) {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'server-rules.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  if (outfile) {
    mkdirSync(dirname(outfile), { recursive: true });
    writeFileSync(outfile, code);
  }
  return code;
}
