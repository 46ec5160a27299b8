import { expect } from '@open-wc/testing';
import { parseAnnouncement, parseAnnouncementList } from '../../src/model/parse.js';

const good = {
  id: 'a1',
  title: ' Office closed ',
  body: 'Back on Monday.',
  severity: 'warning',
  publishAt: null,
  expiresAt: '2027-03-31T23:59:59+02:00',
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
  revisedAt: '2026-11-02T10:00:00Z',
  version: 'v7',
};

describe('parseAnnouncement', () => {
  it('accepts a well-formed record and normalises text and instants', () => {
    const result = parseAnnouncement(good);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.announcement.title).to.equal('Office closed');
    expect(result.announcement.expiresAt).to.equal('2027-03-31T21:59:59.000Z');
    expect(result.announcement.severity).to.equal('warning');
  });

  it('fills in what older sources leave out: severity, revisedAt, version', () => {
    const { severity: _s, revisedAt: _r, version: _v, ...old } = good;
    const result = parseAnnouncement(old);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.announcement.severity).to.equal('info');
    expect(result.announcement.revisedAt).to.equal('2026-11-02T10:00:00.000Z');
    expect(result.announcement.version).to.equal(old.updatedAt);
  });

  it('refuses malformed records whole, naming the problem', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /not an object/],
      [[good], /not an object/],
      [{ ...good, id: '' }, /id/],
      [{ ...good, title: '' }, /title is required/],
      [{ ...good, title: 7 }, /title has the wrong type/],
      [{ ...good, severity: 'loud' }, /severity/],
      [{ ...good, expiresAt: 'soon' }, /expiresAt/],
      [{ ...good, createdAt: 1700000000 }, /createdAt/],
      [{ ...good, version: 3 }, /version/],
      [{ ...good, active: 'true', publishAt: 'true' }, /publishAt/],
    ];
    for (const [raw, message] of cases) {
      const result = parseAnnouncement(raw);
      expect(result.ok, JSON.stringify(raw)).to.equal(false);
      if (!result.ok) expect(result.message).to.match(message);
    }
  });
});

describe('parseAnnouncementList', () => {
  it('keeps the good records, skips the bad ones and says which', () => {
    const { announcements, errors } = parseAnnouncementList([good, { ...good, id: 'b', title: '' }, 'junk', { ...good }]);
    expect(announcements.map((a) => a.id)).to.deep.equal(['a1']);
    expect(errors.map((e) => [e.index, e.id])).to.deep.equal([
      [1, 'b'],
      [2, undefined],
      [3, 'a1'],
    ]);
    expect(errors[2].message).to.equal('duplicate id');
  });

  it('reports a source that is not a list at all', () => {
    const { announcements, errors } = parseAnnouncementList({ items: [] });
    expect(announcements).to.deep.equal([]);
    expect(errors[0].message).to.match(/expected a list/);
  });
});
