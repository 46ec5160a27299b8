import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import { visibleInBannerOrder } from '../../src/model/visibility.js';
import { feedFor } from '../../src/state/feed.js';
import { reuseParsedRecords } from '../../src/state/reuse-parsed-records.js';
import { makeAnnouncement } from '../support/announcements.js';
import { captureWarnings, eventually } from '../support/faults.js';

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('announcement feed', () => {
  it('is shared by everyone using the same adapter, and loads once', async () => {
    let lists = 0;
    const memory = new MemoryAdapter([makeAnnouncement({ title: 'Hello' })]);
    const adapter: AnnouncementAdapter = { list: () => (lists++, memory.list()) };
    expect(feedFor(adapter)).to.equal(feedFor(adapter));
    const stop = feedFor(adapter).subscribe(() => undefined);
    const stop2 = feedFor(adapter).subscribe(() => undefined);
    await feedFor(adapter).ready;
    expect(feedFor(adapter).status).to.equal('ready');
    expect(feedFor(adapter).announcements.map((a) => a.title)).to.deep.equal(['Hello']);
    expect(lists).to.equal(1);
    stop();
    stop2();
  });

  it('follows the adapter: a write elsewhere reaches every listener', async () => {
    const adapter = new MemoryAdapter();
    const feed = feedFor(adapter);
    let updates = 0;
    const stop = feed.subscribe(() => updates++);
    await feed.ready;
    await adapter.create({ title: 'Fresh' });
    await eventually(() => expect(feed.announcements.map((a) => a.title)).to.deep.equal(['Fresh']));
    expect(updates).to.be.greaterThan(1);
    stop();
  });

  it('skips malformed records from a source and reports them', async () => {
    const good = makeAnnouncement({ title: 'Good' });
    const adapter = { list: async () => [good, { id: 'bad', title: '' }, 42] } as unknown as AnnouncementAdapter;
    const feed = feedFor(adapter);
    const { warnings } = await captureWarnings(() => feed.ready);
    expect(feed.announcements).to.deep.equal([good]);
    expect(feed.recordErrors.map((e) => e.index)).to.deep.equal([1, 2]);
    expect(warnings).to.have.length(2);
  });

  it('with records reused, keeps unchanged announcements as they were and checks a changed one again', async () => {
    const records = [makeAnnouncement({ title: 'Stays' }), makeAnnouncement({ title: 'Changes' })];
    // Like a server: new objects on every load, the same values where nothing changed.
    const adapter: AnnouncementAdapter = { list: async () => records.map((record) => ({ ...record })) };
    const feed = feedFor(adapter);
    reuseParsedRecords(feed);
    await feed.ready;
    const [stays] = feed.announcements;

    records[1] = { ...records[1], title: 'Changed', version: 'v2' };
    await feed.refresh();
    expect(feed.announcements.map((a) => a.title)).to.deep.equal(['Stays', 'Changed']);
    expect(feed.announcements[0], 'the unchanged announcement is the same object').to.equal(stays);

    records[1] = { ...records[1], title: '   ' };
    const { warnings } = await captureWarnings(() => feed.refresh());
    expect(feed.announcements.map((a) => a.title), 'a record that became malformed is skipped').to.deep.equal(['Stays']);
    expect(warnings).to.have.length(1);
  });

  it('with records reused, sees a change made to the very record object it listed before', async () => {
    const record = makeAnnouncement({ title: 'Before' });
    const adapter: AnnouncementAdapter = { list: async () => [record] };
    const feed = feedFor(adapter);
    reuseParsedRecords(feed);
    await feed.ready;
    record.title = 'After';
    await feed.refresh();
    expect(feed.announcements.map((a) => a.title)).to.deep.equal(['After']);
  });

  it('keeps the last good list when a later load fails', async () => {
    let failing = false;
    const memory = new MemoryAdapter([makeAnnouncement({ title: 'Known' })]);
    const adapter: AnnouncementAdapter = {
      list: () => (failing ? Promise.reject(new Error('server down')) : memory.list()),
    };
    const feed = feedFor(adapter);
    await feed.ready;
    failing = true;
    await captureWarnings(() => feed.refresh());
    expect(feed.status).to.equal('ready');
    expect((feed.error as Error).message).to.equal('server down');
    expect(feed.announcements.map((a) => a.title)).to.deep.equal(['Known']);
  });

  it('is in the error state when it never loaded', async () => {
    const feed = feedFor({ list: () => Promise.reject(new Error('offline')) });
    await captureWarnings(() => feed.ready);
    expect(feed.status).to.equal('error');
    expect(feed.announcements).to.deep.equal([]);
  });

  it('wakes its listeners when an announcement expires or is published, without a reload', async () => {
    const adapter = new MemoryAdapter([
      makeAnnouncement({ id: 'leaving', expiresAt: inMs(400) }),
      makeAnnouncement({ id: 'arriving', publishAt: inMs(800) }),
    ]);
    const feed = feedFor(adapter);
    const stop = feed.subscribe(() => undefined);
    await feed.ready;
    const visibleIds = () => visibleInBannerOrder(feed.announcements).map((a) => a.id);
    expect(visibleIds()).to.deep.equal(['leaving']);
    let wakes = 0;
    const stopCounting = feed.subscribe(() => wakes++);
    await eventually(() => expect(wakes).to.be.greaterThan(0));
    expect(visibleIds()).to.deep.equal([]);
    await eventually(() => expect(wakes).to.be.greaterThan(1));
    expect(visibleIds()).to.deep.equal(['arriving']);
    stop();
    stopCounting();
  });

  it('stops listening to the adapter when the last listener leaves', async () => {
    let subscribed = 0;
    const memory = new MemoryAdapter();
    const adapter: AnnouncementAdapter = {
      list: () => memory.list(),
      subscribe: (onChange) => {
        subscribed++;
        const stop = memory.subscribe(onChange);
        return () => {
          subscribed--;
          stop();
        };
      },
    };
    const feed = feedFor(adapter);
    const stopA = feed.subscribe(() => undefined);
    const stopB = feed.subscribe(() => undefined);
    expect(subscribed).to.equal(1);
    stopA();
    expect(subscribed).to.equal(1);
    stopB();
    expect(subscribed).to.equal(0);
  });
});
