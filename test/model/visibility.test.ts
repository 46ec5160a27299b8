import { expect } from '@open-wc/testing';
import type { Announcement } from '../../src/model/announcement.js';
import {
  compareLatestRevisionFirst,
  compareNewestFirst,
  isVisible,
  nextVisibilityChange,
  revisedAfterPublishing,
  shownDate,
  statusOf,
  visibleInBannerOrder,
} from '../../src/model/visibility.js';

function announcement(overrides: Partial<Announcement>): Announcement {
  return {
    id: overrides.id ?? 'x',
    title: 'T',
    body: '',
    severity: 'info',
    publishAt: null,
    expiresAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revisedAt: '2026-01-01T00:00:00.000Z',
    version: '1',
    language: null,
    variants: [],
    audience: { kind: 'all' },
    dismissal: 'session',
    ...overrides,
  };
}

const now = Date.parse('2026-06-15T12:00:00Z');

describe('isVisible and statusOf', () => {
  it('shows an announcement from publishAt (inclusive) until expiresAt (exclusive)', () => {
    const a = announcement({ publishAt: '2026-06-15T12:00:00.000Z', expiresAt: '2026-06-15T13:00:00.000Z' });
    expect(isVisible(a, now - 1)).to.equal(false);
    expect(isVisible(a, now)).to.equal(true);
    expect(isVisible(a, Date.parse('2026-06-15T12:59:59.999Z'))).to.equal(true);
    expect(isVisible(a, Date.parse('2026-06-15T13:00:00.000Z'))).to.equal(false);
    expect(statusOf(a, now - 1)).to.equal('scheduled');
    expect(statusOf(a, now)).to.equal('active');
    expect(statusOf(a, Date.parse('2026-06-15T13:00:00.000Z'))).to.equal('expired');
  });

  it('treats missing dates as open-ended', () => {
    expect(isVisible(announcement({}), 0)).to.equal(true);
    expect(isVisible(announcement({}), new Date('2999-01-01T00:00:00Z'))).to.equal(true);
  });
});

describe('ordering', () => {
  it('puts the banner in severity order, newest revision first within a severity', () => {
    const list = [
      announcement({ id: 'info-old', severity: 'info', revisedAt: '2026-01-01T00:00:00.000Z' }),
      announcement({ id: 'success', severity: 'success', revisedAt: '2026-05-01T00:00:00.000Z' }),
      announcement({ id: 'critical', severity: 'critical', revisedAt: '2025-01-01T00:00:00.000Z' }),
      announcement({ id: 'info-new', severity: 'info', revisedAt: '2026-03-01T00:00:00.000Z' }),
      announcement({ id: 'warning', severity: 'warning', revisedAt: '2026-02-01T00:00:00.000Z' }),
      announcement({ id: 'expired', severity: 'critical', expiresAt: '2026-01-01T00:00:00.000Z' }),
    ];
    expect(visibleInBannerOrder(list, now).map((a) => a.id)).to.deep.equal(['critical', 'warning', 'info-new', 'info-old', 'success']);
    expect([...list].sort(compareNewestFirst).map((a) => a.id)[0]).to.equal('success');
  });
});

describe('newest first', () => {
  it('orders by the date clients are shown: publication, or a later re-notifying edit', () => {
    const list = [
      // Written first but scheduled: it reached clients last, so it is the newest.
      announcement({ id: 'scheduled', createdAt: '2026-01-01T00:00:00.000Z', revisedAt: '2026-01-01T00:00:00.000Z', publishAt: '2026-03-01T00:00:00.000Z' }),
      announcement({ id: 'plain', createdAt: '2026-02-01T00:00:00.000Z', revisedAt: '2026-02-01T00:00:00.000Z' }),
      // An old announcement edited with a new notification counts from the edit.
      announcement({ id: 're-notified', createdAt: '2025-06-01T00:00:00.000Z', revisedAt: '2026-04-01T00:00:00.000Z' }),
      announcement({ id: 'old', createdAt: '2025-01-01T00:00:00.000Z', revisedAt: '2025-01-01T00:00:00.000Z' }),
    ];
    expect([...list].sort(compareNewestFirst).map((a) => a.id)).to.deep.equal(['re-notified', 'scheduled', 'plain', 'old']);
    // The editor keeps what staff wrote last on top.
    expect([...list].sort(compareLatestRevisionFirst).map((a) => a.id)).to.deep.equal(['re-notified', 'plain', 'scheduled', 'old']);
    expect(shownDate(list[0])).to.equal('2026-03-01T00:00:00.000Z');
    expect(revisedAfterPublishing(list[0])).to.equal(undefined);
    expect(revisedAfterPublishing(list[2])).to.equal('2026-04-01T00:00:00.000Z');
  });
});

describe('nextVisibilityChange', () => {
  it('finds the next publish or expiry moment after now', () => {
    const list = [
      announcement({ id: 'a', publishAt: '2026-06-15T12:30:00.000Z' }),
      announcement({ id: 'b', expiresAt: '2026-06-15T12:10:00.000Z' }),
      announcement({ id: 'c', expiresAt: '2026-06-15T11:00:00.000Z' }),
    ];
    expect(nextVisibilityChange(list, now)).to.equal(Date.parse('2026-06-15T12:10:00.000Z'));
    expect(nextVisibilityChange([announcement({})], now)).to.equal(undefined);
  });
});
