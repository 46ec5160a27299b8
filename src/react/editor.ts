/** `portal-announcements/react/editor`: `<announcement-editor>` as a React component, for the firm's settings. */
import type { EventName } from '@lit/react';
import { AnnouncementEditor } from '../elements/announcement-editor/announcement-editor.js';
import type { AnnouncementDeleteEvent, AnnouncementPublishEvent } from '../events/announcement-events.js';
import { errorEventProp } from './event-props.js';
import { wrapElement } from './wrap-element.js';

/** `<AnnouncementEditorComponent onAnnouncementPublish={…} />`: create, edit and delete announcements. */
export const AnnouncementEditorComponent = wrapElement('announcement-editor', AnnouncementEditor, {
  onAnnouncementPublish: 'announcement-publish' as EventName<AnnouncementPublishEvent>,
  onAnnouncementDelete: 'announcement-delete' as EventName<AnnouncementDeleteEvent>,
  ...errorEventProp,
});

export { configureAnnouncements, type AnnouncementsConfig } from '../configure.js';
export { AnnouncementPublishEvent, AnnouncementDeleteEvent, AnnouncementErrorEvent } from '../events/announcement-events.js';
