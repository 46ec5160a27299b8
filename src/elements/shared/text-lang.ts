import { nothing } from 'lit';
import type { Announcement } from '../../model/announcement.js';

const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * The `lang` for an announcement's shown title and text when they are in another language than
 * the element around them (so that screen readers switch voice), else no attribute.
 */
export const textLang = ({ language }: Announcement, around: string): string | typeof nothing =>
  language && primary(language) !== primary(around) ? language : nothing;
