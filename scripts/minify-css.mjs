// The elements' styles are `css` template literals in `*.styles.ts`, written indented and one
// declaration a line. Bundlers minify the code around them but leave a template literal as
// it is, so every page would receive that layout. The package build and every measured bundle
// (scripts/portal-bundle.mjs) pass those files through the plugins below, which keep the
// rules and drop the white space that means nothing. Kept free of Node imports at the top:
// a browser test checks, with the browser's own CSS parser, that the rules stay the same.

/** Quoted strings in CSS, kept as they are written. */
const CSS_STRING = /("(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*')/;

/**
 * `text` with runs of white space collapsed to one space, and none around `{`, `}`, `;` and
 * `,`, after `:` or before a closing `}`'s `;`. Strings keep theirs; a space before `:` stays,
 * as in `.a :focus-visible` it is a combinator.
 */
export function minifyCss(text) {
  return text
    .split(CSS_STRING)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/** A `css` tagged template without `${}`: the only kind the styles files use. */
const CSS_LITERAL = /(?<![\w$.])css`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g;

/** Module source with every `css` literal minified; literals with `${}` stay as written. */
export const minifyCssLiterals = (source) => source.replace(CSS_LITERAL, (_literal, text) => `css\`${minifyCss(text)}\``);

/** The files whose `css` literals are minified: the elements' styles under `src/`. */
const isStylesFile = (root, path) => path.replaceAll('\\', '/').startsWith(`${root.replaceAll('\\', '/')}/src/`) && path.endsWith('.styles.ts');

/** The esbuild plugin, for the files under `root` (the repository). */
export function minifiedStyles(root) {
  return {
    name: 'minified-styles',
    setup(builder) {
      builder.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => {
        if (!isStylesFile(root, path)) return undefined;
        const { readFile } = await import('node:fs/promises');
        return { contents: minifyCssLiterals(await readFile(path, 'utf8')), loader: 'ts' };
      });
    },
  };
}

/** The same for Vite (Rolldown) builds. A styles file holds CSS text only, so it needs no source map. */
export function minifiedStylesForVite(root) {
  return {
    name: 'minified-styles',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const path = id.split('?')[0];
      return isStylesFile(root, path) ? { code: minifyCssLiterals(code), map: { mappings: '' } } : null;
    },
  };
}
