// Writes VS Code's HTML custom data (`dist/vscode.html-custom-data.json`) from the
// custom-elements manifest, so that `html.customData` completes the public tags, their
// attributes and the attributes' allowed values. Run after `npm run analyze`.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const MANIFEST = 'custom-elements.json';
const OUTPUT = 'dist/vscode.html-custom-data.json';

/**
 * VS Code's `html.customData` format (version 1.1) for every custom element in `manifest`.
 * @param {object} manifest A custom-elements manifest (schema 1.x).
 * @returns {{ version: number, tags: object[] }}
 */
export function htmlCustomData(manifest) {
  const elements = (manifest.modules ?? []).flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: [element.summary, element.description].filter(Boolean).join('\n\n'),
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        ...valuesOf(attribute.type?.text ?? ''),
      })),
    })),
  };
}

/**
 * What an editor offers after the attribute name: the literals of `'inline' | 'top' | 'bottom'`,
 * nothing for a boolean (`valueSet: 'v'`: the attribute stands alone), free text otherwise.
 */
function valuesOf(typeText) {
  if (typeText === 'boolean') return { valueSet: 'v' };
  const literals = [...typeText.matchAll(/'([^']+)'/g)].map(([, name]) => ({ name }));
  return literals.length > 0 ? { values: literals } : {};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  writeFileSync(OUTPUT, `${JSON.stringify(htmlCustomData(manifest), null, 2)}\n`);
}
