import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AnnouncementAdapter } from '../../adapters/types.js';
import type { Announcement, Severity } from '../../model/announcement.js';
import type { ClientDirectory } from '../../model/directory.js';
import { statusOf, type AnnouncementStatus } from '../../model/visibility.js';
import type { EditorStrings } from './editor-strings.js';
import { pencilIcon, trashIcon } from './icons.js';
import { renderRowReach } from './row-reach.js';
import { formatZoned } from './time-zone.js';
import './receipts-summary.js';

export interface AnnouncementListView {
  localize: {
    readonly strings: EditorStrings;
    readonly locale: string;
    text(key: keyof EditorStrings, values?: Record<string, string | number>): string;
    formatDate(instant: string | number | Date, options?: Intl.DateTimeFormatOptions): string;
  };
  announcements: readonly Announcement[];
  writable: boolean;
  timeZone: string;
  /** Ids with an unpublished edit saved in this browser. */
  drafts: ReadonlyMap<string, string>;
  /** Where read receipts come from, when it keeps them (`receiptSummary`); none for what clients cannot see yet. */
  adapter?: AnnouncementAdapter;
  directory?: ClientDirectory;
  onEdit(id: string): void;
  onDelete(id: string): void;
}

const STATUS_LABELS: Record<AnnouncementStatus, keyof EditorStrings> = {
  active: 'statusActive',
  scheduled: 'statusScheduled',
  expired: 'statusExpired',
};

const SEVERITY_LABELS: Record<Severity, keyof EditorStrings> = {
  info: 'severityInfo',
  success: 'severitySuccess',
  warning: 'severityWarning',
  critical: 'severityCritical',
};

/** "Visible until …" while it can still be seen, "Ended …" once it has ended. */
function endLabel(view: AnnouncementListView, announcement: Announcement, status: AnnouncementStatus, when: (instant: string) => string): string {
  if (!announcement.expiresAt) return view.localize.strings.noEndDate;
  return view.localize.text(status === 'expired' ? 'endedOn' : 'visibleUntil', { date: when(announcement.expiresAt) });
}

function renderRow(view: AnnouncementListView, announcement: Announcement, now: number): TemplateResult {
  const { strings } = view.localize;
  const status = statusOf(announcement, now);
  const when = (instant: string) => formatZoned(view.localize, instant, view.timeZone);
  const { id, title } = announcement;
  return html`<li class="row severity-${announcement.severity}" part="row">
    <div class="row-main">
      <h3 class="row-title" part="row-title">${title}</h3>
      <p class="row-meta">
        <span class="badge status-${status}" part="status-badge">${strings[STATUS_LABELS[status]]}</span>
        <span class="severity">${strings[SEVERITY_LABELS[announcement.severity]]}</span>
        ${status === 'scheduled' && announcement.publishAt ? html`<span>${view.localize.text('startsOn', { date: when(announcement.publishAt) })}</span>` : nothing}
        <span>${endLabel(view, announcement, status, when)}</span>
        ${view.drafts.has(id) ? html`<span class="draft-tag" part="draft-tag">${strings.draftTag}</span>` : nothing}
      </p>
      ${renderRowReach(view.localize, announcement)}
      ${view.adapter?.receiptSummary && status !== 'scheduled'
        ? html`<announcement-editor-receipts part="receipts" .adapter=${view.adapter} .announcement=${announcement} .directory=${view.directory} .localize=${view.localize}></announcement-editor-receipts>`
        : nothing}
    </div>
    <div class="row-actions">
      <button
        type="button"
        class="button icon-button"
        part="edit-button"
        data-edit=${id}
        aria-label=${view.localize.text('editNamed', { title })}
        title=${view.localize.text('editNamed', { title })}
        ?disabled=${!view.writable}
        @click=${() => view.onEdit(id)}
      >
        ${pencilIcon}
      </button>
      <button
        type="button"
        class="button icon-button"
        part="delete-button"
        data-delete=${id}
        aria-label=${view.localize.text('deleteNamed', { title })}
        title=${view.localize.text('deleteNamed', { title })}
        ?disabled=${!view.writable}
        @click=${() => view.onDelete(id)}
      >
        ${trashIcon}
      </button>
    </div>
  </li>`;
}

/** Every announcement with its status, dates and the pencil and trash buttons. */
export function renderAnnouncementList(view: AnnouncementListView): TemplateResult {
  const now = Date.now();
  return html`<ul class="list" part="list" aria-label=${view.localize.strings.listLabel}>
    ${repeat(
      view.announcements,
      (announcement) => announcement.id,
      (announcement) => renderRow(view, announcement, now),
    )}
  </ul>`;
}
