// The floors: plain Lit elements that render the same markup and styles as the product's
// elements, from data that is already at hand. No adapter, no state, no localization.
import { html, LitElement, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { bannerStyles } from '../src/elements/announcement-banner/announcement-banner.styles.js';
import { listStyles } from '../src/elements/announcement-list/announcement-list.styles.js';
import { baseStyles } from '../src/elements/shared/base.styles.js';
import { closeIcon, severityIcon } from '../src/elements/shared/severity.js';
import type { BenchRecord } from './shared.js';

const SEVERITY_LABELS = { info: 'Information', success: 'Success', warning: 'Warning', critical: 'Critical' } as const;

/** What the banner shows for the first benchmark record, as constants. */
const BANNER_TITLE = 'Office notice number 1: opening hours change';
const BANNER_EXCERPT =
  'Our office is closed on Friday for the annual staff day (notice 1). Documents uploaded to the portal are ' +
  'processed on Monday. For urgent matters call the emergency line or write to…';

export class BareBanner extends LitElement {
  static override styles = [baseStyles, bannerStyles];

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="banner theme severity-info placement-inline" dir="ltr" aria-labelledby="title">
        <span part="icon" class="severity-icon">${severityIcon('info')}</span>
        <div part="content" class="content">
          <p part="title" id="title" class="title"><span class="visually-hidden">Information: </span>${BANNER_TITLE}</p>
          <p part="excerpt" class="excerpt">${BANNER_EXCERPT}</p>
        </div>
        <div part="actions" class="actions">
          <button part="read-more-button" class="button" aria-describedby="title">Read more</button>
          <button part="close-button" class="button icon-button" aria-label="Close: ${BANNER_TITLE}">${closeIcon()}</button>
        </div>
        <span class="visually-hidden" role="status"></span>
      </section>
    `;
  }
}
customElements.define('bare-banner', BareBanner);

/** One list item with everything it shows already worked out. */
export interface BareItem {
  id: string;
  title: string;
  severity: BenchRecord['severity'];
  datetime: string;
  dateText: string;
  excerpt: string;
}

/** Turns records into ready-to-render items (done before timing starts: it is the constant). */
export function bareItems(records: readonly BenchRecord[]): BareItem[] {
  const format = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  return records
    .map((record) => ({
      id: record.id,
      title: record.title,
      severity: record.severity,
      datetime: record.createdAt,
      dateText: format.format(new Date(record.createdAt)),
      excerpt: record.body.replace(/\*\*|\[|\]\([^)]*\)/g, '').replace(/\s+/g, ' ').slice(0, 240),
    }))
    .reverse();
}

export class BareList extends LitElement {
  static override styles = [baseStyles, listStyles];
  static override properties = { items: { attribute: false } };

  declare items: BareItem[];

  constructor() {
    super();
    this.items = [];
  }

  protected override render(): TemplateResult {
    return html`
      <div part="base" class="theme" dir="ltr" aria-busy="false">
        <ul part="list" class="list" aria-label="Announcements">
          ${repeat(
            this.items,
            (item) => item.id,
            (item, index) => this.renderItem(item, index),
          )}
        </ul>
      </div>
    `;
  }

  private renderItem(item: BareItem, index: number): TemplateResult {
    return html`
      <li part="item" class="item severity-${item.severity}">
        <span class="severity-icon">${severityIcon(item.severity)}</span>
        <button part="item-button" class="item-button" aria-describedby="date-${index} excerpt-${index}">
          <span class="visually-hidden">${SEVERITY_LABELS[item.severity]}: </span>
          <span part="item-title" class="item-title">${item.title}</span>
          <span part="new-badge" class="new-badge">New</span>
        </button>
        <span part="date" class="date" id="date-${index}">Published <time datetime=${item.datetime}>${item.dateText}</time></span>
        <p part="excerpt" class="excerpt" id="excerpt-${index}">${item.excerpt}</p>
      </li>
    `;
  }
}
customElements.define('bare-list', BareList);

declare global {
  interface HTMLElementTagNameMap {
    'bare-banner': BareBanner;
    'bare-list': BareList;
  }
}
