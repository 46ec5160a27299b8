import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import { minifyCss } from '../../scripts/minify-css.mjs';
import { bannerStyles } from '../../src/elements/announcement-banner/announcement-banner.styles.js';
import { confirmationStyles } from '../../src/elements/announcement-editor/announcement-delete-confirmation.styles.js';
import { panelStyles } from '../../src/elements/announcement-editor/announcement-editor-panel.styles.js';
import { editorStyles } from '../../src/elements/announcement-editor/announcement-editor.styles.js';
import { audienceComboboxStyles } from '../../src/elements/announcement-editor/audience-combobox.styles.js';
import { listStyles } from '../../src/elements/announcement-list/announcement-list.styles.js';
import { sidebarStyles } from '../../src/elements/announcement-sidebar/announcement-sidebar.styles.js';
import { baseStyles } from '../../src/elements/shared/base.styles.js';

/**
 * The package ships every element's styles minified (scripts/minify-css.mjs), while the tests
 * and the screenshots run them as written. The browser's own parser must read both the same.
 */
const ALL_STYLES: CSSResultGroup[] = [baseStyles, bannerStyles, listStyles, sidebarStyles, editorStyles, panelStyles, audienceComboboxStyles, confirmationStyles];

const texts = (group: CSSResultGroup): string[] => (Array.isArray(group) ? group.flatMap(texts) : ['cssText' in group ? group.cssText : String(group)]);

/**
 * A custom property, or a value with `var()`, keeps its value as written, white space after
 * a comma included; what it means does not change with that space.
 */
const valueOf = (style: CSSStyleDeclaration, name: string): string => style.getPropertyValue(name).replace(/\s*,\s*/g, ',').trim();

const declarations = (style: CSSStyleDeclaration): string[] =>
  Array.from(style, (name) => `${name}: ${valueOf(style, name)}${style.getPropertyPriority(name) ? ' !important' : ''}`);

/** The rules as the browser parsed them. */
function rulesOf(rules: CSSRuleList): unknown[] {
  return Array.from(rules, (rule) => {
    if (rule instanceof CSSStyleRule) return { selector: rule.selectorText, style: declarations(rule.style), nested: rulesOf(rule.cssRules) };
    if (rule instanceof CSSKeyframeRule) return { key: rule.keyText, style: declarations(rule.style) };
    if (rule instanceof CSSGroupingRule || rule instanceof CSSKeyframesRule) {
      return { prelude: rule.cssText.slice(0, rule.cssText.indexOf('{')).replace(/\s+/g, ' ').trim(), rules: rulesOf(rule.cssRules) };
    }
    return rule.cssText;
  });
}

const parse = (text: string): unknown[] => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return rulesOf(sheet.cssRules);
};

describe('minified styles', () => {
  it('are read by the browser as the same rules as the styles as written', () => {
    const all = [...new Set(ALL_STYLES.flatMap(texts))];
    expect(all.length).to.be.above(8);
    for (const text of all) {
      const minified = minifyCss(text);
      expect(minified.length, 'the minified text is shorter').to.be.below(text.length);
      expect(parse(minified)).to.deep.equal(parse(text));
    }
  });

  it('keeps strings and descendant combinators as written', () => {
    expect(minifyCss(".a  :focus-visible ,\n  .b > .c {\n  content: 'x ;  y';\n  grid-template-areas: 'a  b' '. c';\n}")).to.equal(
      ".a :focus-visible,.b > .c{content:'x ;  y';grid-template-areas:'a  b' '. c'}",
    );
  });
});
