/**
 * The `on…` props the React components share, each tied to its typed event so that a
 * handler receives the event class rather than a plain `Event`.
 */
import type { EventName } from '@lit/react';
import type { AnnouncementErrorEvent, AnnouncementReadMoreEvent } from '../events/announcement-events.js';

/** Every element reports a failed load or skipped records. */
export const errorEventProp = { onAnnouncementError: 'announcement-error' as EventName<AnnouncementErrorEvent> };

/** The banner and the list both let a host show the full message its own way. */
export const readMoreEventProp = { onAnnouncementReadMore: 'announcement-read-more' as EventName<AnnouncementReadMoreEvent> };
