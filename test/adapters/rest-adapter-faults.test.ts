import { expect } from '@open-wc/testing';
import { SkippedRecordsError } from '../../src/adapters/rest/problem.js';
import { configureAnnouncements, resetAnnouncementsConfig } from '../../src/configure.js';
import { AdapterUnavailableError, ConflictError, NotFoundError } from '../../src/model/errors.js';
import { feedFor } from '../../src/state/feed.js';
import { eventually } from '../support/faults.js';
import { openPeerTab } from '../helpers/peer-tab.js';
import { faultsOf, freshCollection, rejection, restAdapterPool, seedRaw, setFaults } from './rest-server.js';

const titles = (list: readonly { title: string }[]) => list.map((a) => a.title).sort();

describe('RestAdapter under network faults', () => {
  const { make, clearAll } = restAdapterPool();
  const stops: Array<() => void> = [];
  afterEach(async () => {
    stops.splice(0).forEach((stop) => stop());
    await clearAll();
  });

  /** A first page load that fills the cache, then a second "page load" on a new adapter. */
  async function cachedThenReloaded(base: string, options: Parameters<typeof make>[1] = {}) {
    const firstPage = make(base);
    await firstPage.create({ title: 'Cached notice' });
    await firstPage.list();
    return make(base, options);
  }

  describe('server down', () => {
    it('throws AdapterUnavailableError when nothing is cached', async () => {
      const adapter = make('http://127.0.0.1:9/api/nothing/announcements', { retry: false });
      expect(await rejection(adapter.list())).to.be.instanceOf(AdapterUnavailableError);
    });

    it('keeps showing the cached list, and the feed says it is offline', async () => {
      const base = freshCollection();
      const reloaded = await cachedThenReloaded(base, { retry: false });
      await setFaults(base, { down: true });
      const feed = feedFor(reloaded);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      expect(feed.status).to.equal('ready');
      expect(titles(feed.announcements)).to.deep.equal(['Cached notice']);
      await eventually(() => expect(feed.error).to.be.instanceOf(AdapterUnavailableError));
      expect(titles(feed.announcements)).to.deep.equal(['Cached notice']);
    });

    it('refuses writes while the server is down instead of queueing them', async () => {
      const base = freshCollection();
      const adapter = make(base, { retry: false });
      await setFaults(base, { down: true });
      expect(await rejection(adapter.create({ title: 'Not now' }))).to.be.instanceOf(AdapterUnavailableError);
      await setFaults(base, {});
      expect(await adapter.list()).to.deep.equal([]);
    });
  });

  describe('stale-while-revalidate', () => {
    it('keeps a cached list per user: another user of the browser never gets it', async () => {
      const base = freshCollection();
      const writer = make(base, { cache: false });
      const gone = await writer.create({ title: 'Seen by Alice before it was deleted' });
      expect(titles(await make(base, { user: 'alice' }).list())).to.deep.equal(['Seen by Alice before it was deleted']);
      await writer.remove(gone.id, { expectedVersion: gone.version });
      // Bob's first page load goes to the server; Alice's next one still paints her cached list at once.
      expect(await make(base, { user: 'bob' }).list()).to.deep.equal([]);
      expect(titles(await make(base, { user: 'alice' }).list())).to.deep.equal(['Seen by Alice before it was deleted']);
    });

    it("keeps the cache per user by default: the user given to configureAnnouncements, even when set after the adapter", async () => {
      const base = freshCollection();
      const writer = make(base, { cache: false });
      const gone = await writer.create({ title: 'Seen by Alice before it was deleted' });
      try {
        const alicesPage = make(base);
        configureAnnouncements({ user: 'alice' });
        expect(titles(await alicesPage.list())).to.deep.equal(['Seen by Alice before it was deleted']);
        await writer.remove(gone.id, { expectedVersion: gone.version });
        const bobsPage = make(base);
        configureAnnouncements({ user: 'bob' });
        expect(await bobsPage.list(), "Bob's first page load asks the server").to.deep.equal([]);
        configureAnnouncements({ user: 'alice' });
        expect(titles(await make(base).list()), "Alice's next page paints her cached list").to.deep.equal(['Seen by Alice before it was deleted']);
      } finally {
        resetAnnouncementsConfig();
      }
    });

    it('answers the first list from the cache, then tells subscribers the server has news', async () => {
      const base = freshCollection();
      const reloaded = await cachedThenReloaded(base);
      await make(base, { cache: false }).create({ title: 'Newer notice' });
      let heard = 0;
      stops.push(reloaded.subscribe(() => heard++));
      expect(titles(await reloaded.list())).to.deep.equal(['Cached notice']);
      await eventually(() => expect(heard).to.be.greaterThan(0));
      expect(titles(await reloaded.list())).to.deep.equal(['Cached notice', 'Newer notice']);
    });
  });

  describe('retries', () => {
    it('retries a GET after 503 and 502 and then succeeds', async () => {
      const base = freshCollection();
      const adapter = make(base, { cache: false });
      await adapter.create({ title: 'Behind a flaky proxy' });
      await setFaults(base, { failNext: 2, status: 503, methods: ['GET'] });
      expect(titles(await adapter.list())).to.deep.equal(['Behind a flaky proxy']);
      expect((await faultsOf(base)).failNext).to.equal(0);
    });

    it('honours Retry-After on 429', async () => {
      const base = freshCollection();
      const adapter = make(base, { cache: false });
      await setFaults(base, { failNext: 1, status: 429, retryAfter: 1, methods: ['GET'] });
      expect(await adapter.list()).to.deep.equal([]);
      expect((await faultsOf(base)).failNext).to.equal(0);
    });

    it('does not retry a 500; the feed keeps its list and the next load succeeds', async () => {
      const base = freshCollection();
      const adapter = make(base, { cache: false });
      await adapter.create({ title: 'Still here' });
      const feed = feedFor(adapter);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      await setFaults(base, { failNext: 1, status: 500, methods: ['GET'] });
      await feed.refresh();
      expect(feed.error).to.be.instanceOf(AdapterUnavailableError);
      expect(titles(feed.announcements)).to.deep.equal(['Still here']);
      await feed.refresh();
      expect(feed.error).to.equal(undefined);
      expect(titles(feed.announcements)).to.deep.equal(['Still here']);
    });

    it('never sends a POST twice without an idempotency key', async () => {
      const base = freshCollection();
      const adapter = make(base);
      await setFaults(base, { failNext: 1, status: 503, methods: ['POST'] });
      expect(await rejection(adapter.create({ title: 'Once' }))).to.be.instanceOf(AdapterUnavailableError);
      expect(await adapter.list()).to.deep.equal([]);
    });

    it('retries a POST with an idempotency key, and the server creates it once', async () => {
      const base = freshCollection();
      const adapter = make(base, { idempotencyKeys: true });
      await setFaults(base, { loseAnswerNext: 1, methods: ['POST'] });
      const created = await adapter.create({ title: 'Exactly once' });
      const listed = await adapter.list();
      expect(listed).to.have.length(1);
      expect(listed[0].id).to.equal(created.id);
    });

    it('recognises its own write when a retried PUT or DELETE lost its first answer', async () => {
      const base = freshCollection();
      const adapter = make(base);
      const created = await adapter.create({ title: 'Before' });
      await setFaults(base, { loseAnswerNext: 1, methods: ['PUT'] });
      const updated = await adapter.update(created.id, { title: 'After' }, { expectedVersion: created.version });
      expect(updated.title).to.equal('After');
      await setFaults(base, { loseAnswerNext: 1, methods: ['DELETE'] });
      // Firefox may resend the DELETE itself, below the adapter; then "not found" is the truthful answer.
      const outcome = await adapter.remove(created.id, { expectedVersion: updated.version }).then(
        () => 'deleted',
        (error: unknown) => (error instanceof NotFoundError ? 'deleted' : error),
      );
      expect(outcome).to.equal('deleted');
      expect(await adapter.list()).to.deep.equal([]);
    });
  });

  describe('slow and broken answers', () => {
    it('gives up on an answer slower than the timeout, keeping the cached list on screen', async () => {
      const base = freshCollection();
      // The answer is far slower than the timeout: timers of a background tab may run late.
      const reloaded = await cachedThenReloaded(base, { timeout: 300, retry: false });
      await setFaults(base, { latencyMs: 6000 });
      const feed = feedFor(reloaded);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      expect(titles(feed.announcements)).to.deep.equal(['Cached notice']);
      await eventually(() => expect(feed.error).to.be.instanceOf(AdapterUnavailableError), 5000);
      await setFaults(base, {});
      expect((feed.error as Error).message).to.contain('within 300 ms');
      expect(titles(feed.announcements)).to.deep.equal(['Cached notice']);
    });

    it('retries a timed-out attempt within what is left of the budget', async () => {
      const base = freshCollection();
      await make(base, { cache: false }).create({ title: 'Worth the wait' });
      // The budget is less than two full timeouts, as with the defaults (10 s of 20 s): the
      // second attempt must get the remaining time instead of being skipped.
      const adapter = make(base, { cache: false, timeout: 1500, retry: { retries: 3, baseDelay: 20, maxDelay: 50, budget: 2600 } });
      await setFaults(base, { slowNext: 1, slowMs: 4000, methods: ['GET'] });
      const started = performance.now();
      expect(titles(await adapter.list())).to.deep.equal(['Worth the wait']);
      expect(performance.now() - started).to.be.below(2600);
      expect((await faultsOf(base)).slowNext).to.equal(0);
    });

    it('treats malformed JSON as a failed load, not a crash', async () => {
      const base = freshCollection();
      const adapter = make(base, { cache: false });
      await adapter.create({ title: 'Intact' });
      const feed = feedFor(adapter);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      await setFaults(base, { malformedNext: 1, methods: ['GET'] });
      await feed.refresh();
      expect(feed.error).to.be.instanceOf(AdapterUnavailableError);
      expect((feed.error as Error).message).to.contain('malformed JSON');
      expect(titles(feed.announcements)).to.deep.equal(['Intact']);
    });

    it('skips records with wrong types or missing fields and reports them', async () => {
      const base = freshCollection();
      const reported: unknown[] = [];
      const adapter = make(base, { onError: (error) => reported.push(error) });
      await adapter.create({ title: 'Well-formed' });
      await seedRaw(base, [
        { id: 'wrong-type', title: 42, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
        { id: 'no-dates', title: 'Missing timestamps' },
      ]);
      const feed = feedFor(adapter);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      expect(titles(feed.announcements)).to.deep.equal(['Well-formed']);
      expect(feed.recordErrors.map((error) => error.id).sort()).to.deep.equal(['no-dates', 'wrong-type']);
      const skipped = reported.find((error) => error instanceof SkippedRecordsError) as SkippedRecordsError;
      expect(skipped.recordErrors).to.have.length(2);
    });
  });

  describe('live updates', () => {
    it('hears changes over Server-Sent Events', async () => {
      const base = freshCollection();
      const adapter = make(base, { live: 'events' });
      const feed = feedFor(adapter);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      await make(base, { cache: false }).create({ title: 'Pushed' });
      await eventually(() => expect(titles(feed.announcements)).to.deep.equal(['Pushed']));
    });

    it('resumes after the event stream was dropped and catches up on what it missed', async () => {
      const base = freshCollection();
      const writer = make(base, { cache: false });
      const adapter = make(base, { live: 'events' });
      const feed = feedFor(adapter);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      await writer.create({ title: 'Before the drop' });
      await eventually(() => expect(titles(feed.announcements)).to.deep.equal(['Before the drop']));
      await setFaults(base, { dropEvents: true });
      await writer.create({ title: 'During the drop' });
      await eventually(() => expect(titles(feed.announcements)).to.deep.equal(['Before the drop', 'During the drop']), 6000);
      await writer.create({ title: 'After the drop' });
      await eventually(() => expect(feed.announcements).to.have.length(3), 6000);
    });

    it('polls instead when the event stream stays open but silent, as behind a buffering proxy', async () => {
      const base = freshCollection();
      await setFaults(base, { silentEvents: true });
      const adapter = make(base, { live: 'auto', heartbeatTimeout: 400, pollInterval: 150 });
      const feed = feedFor(adapter);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      await make(base, { cache: false }).create({ title: 'Heard by polling' });
      await eventually(() => expect(titles(feed.announcements)).to.deep.equal(['Heard by polling']), 4000);
    });

    it('trusts a stream whose heartbeats arrive, without polling', async () => {
      const base = freshCollection();
      const gets: string[] = [];
      const adapter = make(base, {
        live: 'auto',
        // The test server sends a heartbeat every 200 ms.
        heartbeatTimeout: 1000,
        pollInterval: 100,
        fetch: (input, init) => {
          if ((init?.method ?? 'GET') === 'GET') gets.push(String(input));
          return fetch(input, init);
        },
      });
      const feed = feedFor(adapter);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      const settled = gets.length;
      await new Promise((resolve) => setTimeout(resolve, 1800));
      expect(gets.length, 'GETs while the stream was alive').to.equal(settled);
      await make(base, { cache: false }).create({ title: 'Still heard' });
      await eventually(() => expect(titles(feed.announcements)).to.deep.equal(['Still heard']), 4000);
    });

    it('polls when told to', async () => {
      const base = freshCollection();
      const adapter = make(base, { live: 'poll', pollInterval: 100 });
      const feed = feedFor(adapter);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      await make(base, { cache: false }).create({ title: 'Polled' });
      await eventually(() => expect(titles(feed.announcements)).to.deep.equal(['Polled']));
    });

    it('goes offline and comes back online with the fresh list', async () => {
      const base = freshCollection();
      const adapter = make(base, { live: 'none', retry: false });
      await adapter.create({ title: 'Known' });
      const feed = feedFor(adapter);
      stops.push(feed.subscribe(() => undefined));
      await feed.ready;
      await setFaults(base, { down: true });
      window.dispatchEvent(new Event('offline'));
      await eventually(() => expect(feed.error).to.be.instanceOf(AdapterUnavailableError));
      expect(titles(feed.announcements)).to.deep.equal(['Known']);
      await setFaults(base, {});
      await make(base, { cache: false }).create({ title: 'Written meanwhile' });
      window.dispatchEvent(new Event('online'));
      await eventually(() => expect(titles(feed.announcements)).to.deep.equal(['Known', 'Written meanwhile']));
      expect(feed.error).to.equal(undefined);
    });
  });

  describe('two editors', () => {
    it('gives the second save on the same announcement a conflict, across two pages', async () => {
      const base = freshCollection();
      const mine = make(base);
      const created = await mine.create({ title: 'Shared draft' });
      const tab = await openPeerTab();
      try {
        const theirs = new tab.library.RestAdapter({ baseUrl: base, cache: false });
        const theirCopy = (await theirs.list())[0];
        const myCopy = (await mine.list())[0];
        await theirs.update(theirCopy.id, { title: 'Their edit' }, { expectedVersion: theirCopy.version });
        const error = await rejection(mine.update(myCopy.id, { title: 'My edit' }, { expectedVersion: myCopy.version }));
        // The second tab has its own module instances, so compare by name and code.
        expect(error).to.be.instanceOf(ConflictError);
        expect((error as ConflictError).current?.title).to.equal('Their edit');
        expect(created.id).to.equal(myCopy.id);
      } finally {
        tab.close();
      }
    });
  });
});
