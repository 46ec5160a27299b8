/**
 * `portal-announcements/react`: the elements as React components, with typed props and
 * `on…` event props. React is the portal's own: pass nothing, it is imported from `react`.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { AnnouncementBanner } from '../elements/announcement-banner/announcement-banner.js';
import { AnnouncementEditor } from '../elements/announcement-editor/announcement-editor.js';
import { AnnouncementList } from '../elements/announcement-list/announcement-list.js';
import { AnnouncementSidebar } from '../elements/announcement-sidebar/announcement-sidebar.js';
import type {
  AnnouncementDeleteEvent,
  AnnouncementDismissEvent,
  AnnouncementErrorEvent,
  AnnouncementPublishEvent,
  AnnouncementReadMoreEvent,
  AnnouncementShowEvent,
} from '../events/announcement-events.js';

const errorEvent = { onAnnouncementError: 'announcement-error' as EventName<AnnouncementErrorEvent> };

export const AnnouncementBannerComponent = createComponent({
  react: React,
  tagName: 'announcement-banner',
  elementClass: AnnouncementBanner,
  events: {
    onAnnouncementShow: 'announcement-show' as EventName<AnnouncementShowEvent>,
    onAnnouncementDismiss: 'announcement-dismiss' as EventName<AnnouncementDismissEvent>,
    onAnnouncementReadMore: 'announcement-read-more' as EventName<AnnouncementReadMoreEvent>,
    ...errorEvent,
  },
});

export const AnnouncementSidebarComponent = createComponent({
  react: React,
  tagName: 'announcement-sidebar',
  elementClass: AnnouncementSidebar,
  events: errorEvent,
});

export const AnnouncementListComponent = createComponent({
  react: React,
  tagName: 'announcement-list',
  elementClass: AnnouncementList,
  events: {
    onAnnouncementReadMore: 'announcement-read-more' as EventName<AnnouncementReadMoreEvent>,
    ...errorEvent,
  },
});

export const AnnouncementEditorComponent = createComponent({
  react: React,
  tagName: 'announcement-editor',
  elementClass: AnnouncementEditor,
  events: {
    onAnnouncementPublish: 'announcement-publish' as EventName<AnnouncementPublishEvent>,
    onAnnouncementDelete: 'announcement-delete' as EventName<AnnouncementDeleteEvent>,
    ...errorEvent,
  },
});

export { configureAnnouncements, type AnnouncementsConfig } from '../configure.js';
