import { noChange, nothing } from 'lit';
import { AsyncDirective, directive, PartType, type DirectiveParameters, type DirectiveResult, type Part, type PartInfo } from 'lit/async-directive.js';
import { renderDescription } from './load-rich-text.js';
import { renderPlainText } from './plain-text-renderer.js';
import type { RenderDescriptionOptions } from './render-options.js';

/** Identifies what was asked for, so a re-render with the same description does nothing. */
function requestKey(body: string, options: RenderDescriptionOptions): string {
  return JSON.stringify([body, options.format ?? 'markdown', options.linkTarget ?? null]);
}

class RichTextDirective extends AsyncDirective {
  private currentKey: string | undefined;
  /** Counts requests, so that a slow render finishing after a newer one is thrown away. */
  private latestRequest = 0;
  /** A rendered description that arrived while the part was disconnected. */
  private waitingFragment: DocumentFragment | undefined;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) {
      throw new Error('richText() renders elements, so it can only be used in a child position: ${richText(body)}');
    }
  }

  render(_body: string, _options?: RenderDescriptionOptions): unknown {
    return nothing;
  }

  override update(_part: Part, [body, options = {}]: DirectiveParameters<this>): unknown {
    const key = requestKey(body, options);
    if (key === this.currentKey) return noChange;
    this.currentKey = key;
    const request = ++this.latestRequest;
    void renderDescription(body, options)
      .catch((error: unknown) => {
        // The renderer's chunk did not load (offline, a deploy replaced it): the description
        // is still worth reading as plain text.
        console.warn('portal-announcements: the rich-text renderer could not be loaded; showing the description as text.', error);
        return renderPlainText(body);
      })
      .then((fragment) => {
        if (request !== this.latestRequest) return;
        // A disconnected part may have been removed for good; its value waits for reconnection.
        if (this.isConnected) this.setValue(fragment);
        else this.waitingFragment = fragment;
      });
    this.waitingFragment = undefined;
    // Nothing until the new description is ready, rather than the previous one under a new title.
    return nothing;
  }

  protected override reconnected(): void {
    if (!this.waitingFragment) return;
    this.setValue(this.waitingFragment);
    this.waitingFragment = undefined;
  }
}

/**
 * Renders an announcement's description in a Lit child binding: nothing at first, then the
 * rendered fragment once the renderer has loaded. Re-rendering with the same body and options
 * keeps the fragment already shown.
 *
 * @example html`<div part="description">${richText(announcement.body, { format: 'markdown' })}</div>`
 */
export const richText: (...values: DirectiveParameters<RichTextDirective>) => DirectiveResult<typeof RichTextDirective> =
  directive(RichTextDirective);
