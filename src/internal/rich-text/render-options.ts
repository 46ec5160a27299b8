/**
 * How an announcement's description is written. Markdown is the default; `html` exists for
 * older backends that store HTML, `text` for sources that only have plain text.
 */
export type DescriptionFormat = 'markdown' | 'html' | 'text';

/** Options every renderer understands. */
export interface RenderOptions {
  /**
   * Browsing context for links to another origin; `_blank` unless set. An empty string leaves
   * the `target` attribute out, so such links open in the same tab.
   */
  linkTarget?: string;
}

/** Options of `renderDescription`: the renderer's options plus the format to read. */
export interface RenderDescriptionOptions extends RenderOptions {
  /** `markdown` unless set. */
  format?: DescriptionFormat;
}
