import type { Announcement } from '../../model/announcement.js';

/**
 * Tells the editor that the panel closed, and what was published if anything.
 * @internal Never leaves the editor's shadow root.
 */
export class EditorPanelClosedEvent extends Event {
  static readonly eventName = 'announcement-editor-panel-closed';
  constructor(
    readonly published: Announcement | undefined,
    readonly created = false,
  ) {
    // Internal to the editor's shadow root: the page hears `announcement-publish` instead.
    super(EditorPanelClosedEvent.eventName);
  }
}
