/**
 * The full table of named character references we know: the Latin-1 letters and signs,
 * typographic quotes and dashes, a few symbols, and the ASCII names that are popular for
 * disguising `javascript:` links. The Markdown renderer uses it directly; the banner's
 * excerpt loads it only when a description uses a name beyond the basic five and `&nbsp;`
 * (see `prepareCharacterReferences`), because every portal page carries the banner. Pass
 * `lookUpName` to `decodeCharacterReferences` to decode with it.
 *
 * The other two thousand names of the HTML standard (`&Dcaron;`, `&HilbertSpace;`...) are in
 * `character-names-rare.ts`, which `loadRareNames` brings in for a text that uses one.
 */

/** Names of the characters U+00A0 to U+00FF, in code point order (HTML 4's Latin-1 set). */
const LATIN_1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN ' +
  'szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ' +
  'icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml';

/**
 * Other names worth knowing, as `name:code point` pairs. The ASCII ones (`&colon;`, `&Tab;`,
 * `&lpar;`...) are rare in honest text but popular for disguising `javascript:` links, and
 * a link must be checked as the browser would read it.
 */
const OTHER_NAMES =
  'amp:38 lt:60 gt:62 quot:34 apos:39 Tab:9 NewLine:10 excl:33 num:35 dollar:36 percnt:37 ' +
  'lpar:40 rpar:41 ast:42 plus:43 comma:44 period:46 sol:47 colon:58 semi:59 equals:61 quest:63 ' +
  'commat:64 lsqb:91 bsol:92 rsqb:93 Hat:94 lowbar:95 grave:96 lcub:123 verbar:124 rcub:125 ' +
  'OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 ' +
  'ensp:8194 emsp:8195 thinsp:8201 zwnj:8204 zwj:8205 lrm:8206 rlm:8207 ndash:8211 mdash:8212 ' +
  'lsquo:8216 rsquo:8217 sbquo:8218 ldquo:8220 rdquo:8221 bdquo:8222 dagger:8224 Dagger:8225 ' +
  'bull:8226 hellip:8230 permil:8240 prime:8242 Prime:8243 lsaquo:8249 rsaquo:8250 euro:8364 ' +
  'trade:8482 larr:8592 uarr:8593 rarr:8594 darr:8595 harr:8596 minus:8722 check:10003';

let namedCharacters: Map<string, string> | undefined;
let rareCharacters: Map<string, string> | undefined;

/** Builds the name table on first use, so importing this module costs next to nothing. */
export function lookUpName(name: string): string | undefined {
  if (!namedCharacters) {
    namedCharacters = new Map();
    LATIN_1_NAMES.split(' ').forEach((entry, index) => namedCharacters!.set(entry, String.fromCodePoint(0xa0 + index)));
    for (const pair of OTHER_NAMES.split(' ')) {
      const [entry, codePoint] = pair.split(':');
      namedCharacters.set(entry, String.fromCodePoint(Number(codePoint)));
    }
  }
  return namedCharacters.get(name) ?? rareCharacters?.get(name);
}

/** Loads the table of rare names, once; `lookUpName` knows them from then on. */
export async function loadRareNames(): Promise<void> {
  if (rareCharacters) return;
  const { RARE_NAMES } = await import('./character-names-rare.js');
  rareCharacters = new Map();
  for (const entry of RARE_NAMES.split(' ')) {
    const [name, codePoints] = entry.split(':');
    rareCharacters.set(name, String.fromCodePoint(...codePoints.split(',').map((code) => Number.parseInt(code, 36))));
  }
}
