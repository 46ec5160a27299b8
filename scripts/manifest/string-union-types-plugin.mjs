// Analyzer plugin: spells out type aliases that are unions of string literals, so that an
// attribute typed `BannerPlacement` reads `'inline' | 'top' | 'bottom'` in the API tables and
// editors can offer the allowed values. The analyzer sees one file at a time and keeps only
// the alias's name; this plugin remembers every such alias and substitutes it at the end.

/**
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
export function stringUnionTypesPlugin() {
  /** Alias name -> its spelled-out union, e.g. `DescriptionFormat` -> `'markdown' | 'html' | 'text'`. */
  const unions = new Map();
  return {
    name: 'portal-announcements: string union types',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const members = node.type.types;
      const allStrings = members.every((member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal));
      if (allStrings) unions.set(node.name.text, members.map((member) => `'${member.literal.text}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (item.type?.text) item.type.text = spellOut(item.type.text, unions);
          }
        }
      }
    },
  };
}

/** `Alias` or `Alias | undefined` with the alias replaced; any other type text as it was. */
function spellOut(typeText, unions) {
  return typeText
    .split(' | ')
    .map((part) => unions.get(part) ?? part)
    .join(' | ');
}
