import { expect } from '@open-wc/testing';

/**
 * The banner shows `excerpt()` on every page, so its module must never pull in the Markdown
 * renderer or the sanitizer, not even by way of another module. This walks the imports that
 * the browser would follow, as the test server serves them.
 */
const ENTRY = '/src/internal/rich-text/excerpt.ts';
const IMPORT_SPECIFIER = /\b(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"`]([^'"`]+)/g;

async function importsOf(url: string): Promise<string[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot fetch ${url}: HTTP ${response.status}`);
  const source = await response.text();
  return Array.from(source.matchAll(IMPORT_SPECIFIER), (match) => match[1] ?? `dynamic:${match[2]}`);
}

describe('excerpt module graph', () => {
  it('reaches neither marked nor DOMPurify; its only dynamic import is the name table', async () => {
    const visited = new Set<string>();
    const queue = [new URL(ENTRY, location.origin).href];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      for (const specifier of await importsOf(url)) {
        expect(specifier, `${url} imports ${specifier}`).not.to.match(/marked|dompurify/i);
        if (specifier.startsWith('dynamic:')) {
          // Loaded only for a description that uses a rare name; it must import nothing itself.
          expect(specifier).to.match(/^dynamic:\.\/character-names\.[jt]s$/);
          expect(await importsOf(new URL(specifier.slice('dynamic:'.length), url).href)).to.deep.equal([]);
          continue;
        }
        expect(specifier, `${url} imports a package`).to.match(/^\.{1,2}\//);
        queue.push(new URL(specifier, url).href);
      }
    }
    // excerpt.ts and the character reference table, nothing more; seeing the table proves
    // that the walk really reads imports.
    expect(Array.from(visited, (url) => new URL(url).pathname.replace(/\.[jt]s$/, ''))).to.deep.equal([
      '/src/internal/rich-text/excerpt',
      '/src/internal/rich-text/character-references',
    ]);
  });
});
