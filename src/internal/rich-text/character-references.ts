/**
 * Decodes HTML character references (`&amp;`, `&#233;`, `&#xE9;`) into the characters they
 * stand for.
 *
 * Markdown lets authors write references, and the Markdown lexer hands text and link
 * destinations over with named references still in place, because an HTML renderer leaves
 * them for the browser to decode. We build DOM text nodes instead, so the decoding has to
 * happen here. It is also what makes a link policy sound: `&#106;avascript:` must be checked
 * as the `javascript:` it means.
 *
 * This module knows numeric references and the names nearly every text uses (`&amp;`, `&lt;`,
 * `&gt;`, `&quot;`, `&apos;`, `&nbsp;`). The table of the other names people type is in
 * `character-names.ts`: the Markdown renderer imports it, and the banner's excerpt loads it
 * only for a description that needs it. An unknown name such as `&bogus;` stays as typed,
 * which is what a browser shows for it too.
 */

export type NameLookUp = (name: string) => string | undefined;

const BASIC_NAMES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** The full table once `prepareCharacterReferences` has loaded it. */
let loadedLookUp: NameLookUp | undefined;

const lookUpKnownName: NameLookUp = (name) => BASIC_NAMES.get(name) ?? loadedLookUp?.(name);

/**
 * The character a numeric reference stands for. Like a browser, NUL, surrogates and values
 * beyond Unicode become U+FFFD rather than an invisible or broken character.
 */
function fromCodePoint(codePoint: number): string {
  const invalid = codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff);
  return String.fromCodePoint(invalid ? 0xfffd : codePoint);
}

const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;

/**
 * Replaces every character reference in `text` that `lookUp` knows (by default the basic
 * names, and the full table once loaded); everything else is left as it was.
 */
export function decodeCharacterReferences(text: string, lookUp: NameLookUp = lookUpKnownName): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (reference: string, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return lookUp(name!) ?? reference;
  });
}

/** Whether the name table is loaded; until then only the basic names are decoded. */
export const allNamesLoaded = (): boolean => loadedLookUp !== undefined;

let commonNames: typeof import('./character-names.js') | undefined;

/** Name tables loaded so far (0: basic names only, 1: common names, 2: every name), for caches of decoded text. */
let tablesLoaded = 0;
export const loadedNameTables = (): number => tablesLoaded;

const NAMED_REFERENCE = /&([A-Za-z][A-Za-z\d]{1,31});/g;

/**
 * Loads the name tables one of `texts` needs: the common names when it uses a name beyond
 * the basic ones, and the rare names of the HTML standard when it uses a name that is not
 * common, so that `decodeCharacterReferences` then decodes it. Resolves at once when
 * nothing is needed.
 */
export async function prepareCharacterReferences(texts: Iterable<string>): Promise<void> {
  if (tablesLoaded === 2) return;
  for (const text of texts) {
    if (!text.includes('&')) continue;
    for (const [, name] of text.matchAll(NAMED_REFERENCE)) {
      if (BASIC_NAMES.has(name)) continue;
      const names = (commonNames ??= await import('./character-names.js'));
      loadedLookUp = names.lookUpName;
      tablesLoaded = Math.max(tablesLoaded, 1);
      if (names.lookUpName(name) !== undefined) continue;
      await names.loadRareNames();
      tablesLoaded = 2;
      return;
    }
  }
}
