import { expect } from '@open-wc/testing';
import { createSafeStore, resetSafeStoreFallbacks } from '../../src/internal/storage/safe-store.js';
import { pruneSessions } from '../../src/state/prune-sessions.js';
import { SessionState, sessionStateFor, sessionStore } from '../../src/state/session-state.js';
import { makeAnnouncement } from '../support/announcements.js';
import { captureWarnings, deleteDatabase, eventually, injectFault, uniqueName } from '../support/faults.js';
import { openPeerTab } from '../helpers/peer-tab.js';

/** A state read fresh from storage, as the next page of the portal would. */
async function nextPage(user: string, session: string): Promise<SessionState> {
  const state = new SessionState({ user, session }, sessionStore());
  await state.ready;
  return state;
}

describe('session state', () => {
  let user: string;
  let session: string;
  beforeEach(() => {
    user = uniqueName('user');
    session = uniqueName('session');
  });

  it('hides a closed announcement for the rest of the session, on every later page', async () => {
    const announcement = makeAnnouncement();
    const state = sessionStateFor({ user, session });
    await state.ready;
    expect(state.isHidden(announcement)).to.equal(false);
    await state.hide(announcement, 'close');
    expect(state.isHidden(announcement)).to.equal(true);
    expect((await nextPage(user, session)).isHidden(announcement)).to.equal(true);
    expect((await nextPage(user, session)).hasRead(announcement), 'closing is not reading').to.equal(false);
  });

  it('shows it again at the next login (a new session id)', async () => {
    const announcement = makeAnnouncement();
    await (await nextPage(user, session)).hide(announcement, 'close');
    expect((await nextPage(user, uniqueName('next-login'))).isHidden(announcement)).to.equal(false);
  });

  it('keeps users apart on a shared browser', async () => {
    const announcement = makeAnnouncement();
    await (await nextPage(user, session)).hide(announcement, 'read-more');
    const otherUser = await nextPage(uniqueName('other-user'), session);
    expect(otherUser.isHidden(announcement)).to.equal(false);
    expect(otherUser.hasRead(announcement)).to.equal(false);
  });

  it('shows a re-notifying edit again, but not a silent one', async () => {
    const original = makeAnnouncement();
    const state = await nextPage(user, session);
    await state.hide(original, 'close');
    const silentFix = { ...original, title: 'Typo fixed', version: 'v2' };
    const revised = { ...original, revisedAt: '2026-02-01T00:00:00.000Z', version: 'v3' };
    expect(state.isHidden(silentFix)).to.equal(true);
    expect(state.isHidden(revised)).to.equal(false);
  });

  it('remembers "read" across sessions, for the home list', async () => {
    const announcement = makeAnnouncement();
    await (await nextPage(user, session)).hide(announcement, 'read-more');
    const later = await nextPage(user, uniqueName('next-login'));
    expect(later.hasRead(announcement)).to.equal(true);
    expect(later.isHidden(announcement)).to.equal(false);
    expect(later.hasRead({ ...announcement, revisedAt: '2027-01-01T00:00:00.000Z' }), 'a revised text is unread').to.equal(false);
  });

  it('reports the first showing once per session, even across pages', async () => {
    const announcement = makeAnnouncement();
    expect(await (await nextPage(user, session)).markShown(announcement)).to.equal(true);
    expect(await (await nextPage(user, session)).markShown(announcement)).to.equal(false);
    expect(await (await nextPage(user, uniqueName('next-login'))).markShown(announcement)).to.equal(true);
  });

  it('hides in the other tabs without a reload', async () => {
    const announcement = makeAnnouncement();
    const here = sessionStateFor({ user, session });
    await here.ready;
    let changes = 0;
    here.subscribe(() => changes++);
    const tab = await openPeerTab();
    try {
      const there = tab.library.sessionStateFor({ user, session });
      await there.ready;
      await there.hide(announcement, 'close');
      await eventually(() => expect(here.isHidden(announcement)).to.equal(true));
      expect(changes).to.be.greaterThan(0);
    } finally {
      tab.close();
    }
  });

  it('reads damaged stored state as empty instead of failing', async () => {
    const announcement = makeAnnouncement();
    await sessionStore().set(`session:${JSON.stringify([user, session])}`, { hidden: 'nonsense', shown: [1, 2] });
    const state = await nextPage(user, session);
    expect(state.isHidden(announcement)).to.equal(false);
    await state.hide(announcement, 'close');
    expect((await nextPage(user, session)).isHidden(announcement)).to.equal(true);
  });

  it('prunes sessions untouched for 30 days, at most once a day', async () => {
    const dbName = uniqueName('prune');
    const store = createSafeStore(dbName, 'state');
    const now = Date.parse('2026-11-26T12:00:00Z');
    const day = 86_400_000;
    try {
      await store.set('session:["u","old"]', { hidden: {}, shown: {}, touchedAt: new Date(now - 31 * day).toISOString() });
      await store.set('session:["u","recent"]', { hidden: {}, shown: {}, touchedAt: new Date(now - 2 * day).toISOString() });
      await store.set('read:"u"', { a: '2026-01-01T00:00:00.000Z' });
      expect(await pruneSessions(store, 30, now)).to.equal(1);
      expect((await store.keys()).filter((key) => key !== 'meta:last-prune').sort()).to.deep.equal([
        'read:"u"',
        'session:["u","recent"]',
      ]);
      await store.set('session:["u","old-again"]', { hidden: {}, shown: {}, touchedAt: new Date(now - 40 * day).toISOString() });
      expect(await pruneSessions(store, 30, now + 1000), 'not twice in one day').to.equal(0);
      expect(await pruneSessions(store, 30, now + day + 1000)).to.equal(1);
    } finally {
      await deleteDatabase(dbName);
    }
  });

  it('keeps working in memory, with one warning, when IndexedDB is refused', async () => {
    resetSafeStoreFallbacks();
    const undo = injectFault(indexedDB, 'open', () => {
      throw new DOMException('refused', 'InvalidStateError');
    });
    try {
      const { warnings } = await captureWarnings(async () => {
        const state = new SessionState({ user, session }, createSafeStore(uniqueName('blocked'), 'state'));
        await state.ready;
        const announcement = makeAnnouncement();
        await state.hide(announcement, 'read-more');
        expect(state.isHidden(announcement)).to.equal(true);
        expect(state.hasRead(announcement)).to.equal(true);
      });
      expect(warnings).to.have.length(1);
    } finally {
      undo();
      resetSafeStoreFallbacks();
    }
  });
});
