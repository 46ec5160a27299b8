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
  it('reaches neither marked nor DOMPurify; its only dynamic imports are the name tables', async () => {
    const visited = new Set<string>();
    const queue = [new URL(ENTRY, location.origin).href];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      for (const specifier of await importsOf(url)) {
        expect(specifier, `${url} imports ${specifier}`).not.to.match(/marked|dompurify/i);
        if (specifier.startsWith('dynamic:')) {
          // Loaded only for a description that uses a name beyond the basic ones; it may load
          // only the table of rare names in turn, which imports nothing.
          expect(specifier).to.match(/^dynamic:\.\/character-names\.[jt]s$/);
          const names = new URL(specifier.slice('dynamic:'.length), url).href;
          const rare = await importsOf(names);
          expect(rare.map((found) => found.replace(/\.[jt]s$/, ''))).to.deep.equal(['dynamic:./character-names-rare']);
          expect(await importsOf(new URL(rare[0].slice('dynamic:'.length), names).href)).to.deep.equal([]);
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
