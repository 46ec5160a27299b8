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

/** Without a prototype, so that `&constructor;` is no name (`null` is only for the type of `__proto__`). */
const BASIC_NAMES: Partial<Record<string, string | null>> = {
  __proto__: null,
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The common names (and the way to the rare ones) once `prepareCharacterReferences` has loaded them. */
let commonNames: typeof import('./character-names.js') | undefined;

/** Name tables loaded so far (0: basic names only, 1: common names, 2: every name), for caches of decoded text. */
let tablesLoaded = 0;

const lookUpKnownName: NameLookUp = (name) => BASIC_NAMES[name] ?? commonNames?.lookUpName(name);

/**
 * The character a numeric reference stands for. Like a browser, NUL, surrogates and values
 * beyond Unicode become U+FFFD rather than an invisible or broken character.
 */
const fromCodePoint = (codePoint: number): string =>
  String.fromCodePoint(codePoint && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff) ? codePoint : 0xfffd);

/** Decimal, hexadecimal and named references; a name is what the third group holds. */
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));/gi;

/**
 * Replaces every character reference in `text` that `lookUp` knows (by default the basic
 * names, and the full table once loaded); everything else is left as it was.
 */
export function decodeCharacterReferences(text: string, lookUp: NameLookUp = lookUpKnownName): string {
  // Each group matches at least one character when it matches at all.
  return text.replace(CHARACTER_REFERENCE, (reference: string, decimal?: string, hex?: string, name?: string) =>
    name ? (lookUp(name) ?? reference) : fromCodePoint(decimal ? Number(decimal) : Number.parseInt(hex!, 16)),
  );
}

/** Whether the name table is loaded; until then only the basic names are decoded. */
export const allNamesLoaded = (): boolean => tablesLoaded > 0;

export const loadedNameTables = (): number => tablesLoaded;

/**
 * Loads the name tables one of `texts` needs: the common names when it uses a name beyond
 * the basic ones, and the rare names of the HTML standard when it uses a name that is not
 * common, so that `decodeCharacterReferences` then decodes it. Resolves at once when
 * nothing is needed.
 */
export async function prepareCharacterReferences(texts: Iterable<string>): Promise<void> {
  if (tablesLoaded === 2) return;
  for (const text of texts) {
    for (const [, , , name] of text.matchAll(CHARACTER_REFERENCE)) {
      if (!name || name in BASIC_NAMES) continue;
      const names = (commonNames ??= await import('./character-names.js'));
      tablesLoaded ||= 1;
      if (names.lookUpName(name) !== undefined) continue;
      await names.loadRareNames();
      tablesLoaded = 2;
      return;
    }
  }
}
