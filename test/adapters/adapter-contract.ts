import { expect } from '@open-wc/testing';
import type { AnnouncementAdapter, WritableAnnouncementAdapter } from '../../src/adapters/types.js';
import { ConflictError, NotFoundError, ValidationError } from '../../src/model/errors.js';

export interface ContractSubject {
  adapter: AnnouncementAdapter;
  /** Called after each test; removes whatever the adapter stored. */
  cleanup?: () => Promise<void> | void;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Waits until `check` passes or a second has gone by (subscribers may hear of changes asynchronously). */
async function eventually(check: () => void, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * The behaviour every writable adapter promises. Each adapter's test file calls this with a
 * factory that returns a fresh, empty adapter.
 */
export function describeAdapterContract(name: string, makeSubject: () => Promise<ContractSubject> | ContractSubject): void {
  describe(`${name} (adapter contract)`, () => {
    let subject: ContractSubject;
    let adapter: WritableAnnouncementAdapter;

    beforeEach(async () => {
      subject = await makeSubject();
      adapter = subject.adapter as WritableAnnouncementAdapter;
    });
    afterEach(async () => {
      await subject.cleanup?.();
    });

    it('starts empty and lists what was created', async () => {
      expect(await adapter.list()).to.deep.equal([]);
      const created = await adapter.create({ title: '  Office closed on Friday  ', body: 'We are **closed**.' });
      expect(created.title).to.equal('Office closed on Friday');
      expect(created.severity).to.equal('info');
      expect(created.publishAt).to.equal(null);
      expect(created.expiresAt).to.equal(null);
      expect(created.id).to.be.a('string').and.not.empty;
      expect(created.version).to.be.a('string').and.not.empty;
      expect(created.revisedAt).to.equal(created.createdAt);
      const listed = await adapter.list();
      expect(listed).to.have.length(1);
      expect(listed[0]).to.deep.equal(created);
    });

    it('refuses invalid input with field errors and stores nothing', async () => {
      const error = await rejection(adapter.create({ title: '   ', expiresAt: 'next week' }));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).to.deep.equal({ title: 'required', expiresAt: 'invalid-date' });
      const tooLong = await rejection(adapter.create({ title: 'x'.repeat(201) }));
      expect((tooLong as ValidationError).fieldErrors.title).to.equal('too-long');
      const backwards = await rejection(
        adapter.create({ title: 'Backwards', publishAt: '2030-01-02T00:00:00Z', expiresAt: '2030-01-01T00:00:00Z' }),
      );
      expect((backwards as ValidationError).fieldErrors.expiresAt).to.equal('not-after-publish');
      expect(await adapter.list()).to.deep.equal([]);
    });

    it('updates with the expected version, re-notifying by default', async () => {
      const created = await adapter.create({ title: 'Tax deadline', severity: 'warning' });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const updated = await adapter.update(
        created.id,
        { title: 'Tax deadline moved', severity: 'critical', expiresAt: '2031-03-31T21:59:59.999Z' },
        { expectedVersion: created.version },
      );
      expect(updated.title).to.equal('Tax deadline moved');
      expect(updated.severity).to.equal('critical');
      expect(updated.expiresAt).to.equal('2031-03-31T21:59:59.999Z');
      expect(updated.version).to.not.equal(created.version);
      expect(updated.createdAt).to.equal(created.createdAt);
      expect(Date.parse(updated.revisedAt)).to.be.greaterThan(Date.parse(created.revisedAt));
      expect((await adapter.list())[0]).to.deep.equal(updated);
    });

    it('keeps revisedAt on a silent edit', async () => {
      const created = await adapter.create({ title: 'Tpyo' });
      const updated = await adapter.update(created.id, { title: 'Typo' }, { expectedVersion: created.version, notify: false });
      expect(updated.title).to.equal('Typo');
      expect(updated.revisedAt).to.equal(created.revisedAt);
      expect(updated.version).to.not.equal(created.version);
    });

    it('refuses a stale version with a conflict and keeps the newer text', async () => {
      const created = await adapter.create({ title: 'First' });
      await adapter.update(created.id, { title: 'Second' }, { expectedVersion: created.version });
      const error = await rejection(adapter.update(created.id, { title: 'Third' }, { expectedVersion: created.version }));
      expect(error).to.be.instanceOf(ConflictError);
      expect((await adapter.list())[0].title).to.equal('Second');
      const removeError = await rejection(adapter.remove(created.id, { expectedVersion: created.version }));
      expect(removeError).to.be.instanceOf(ConflictError);
      expect(await adapter.list()).to.have.length(1);
    });

    it('removes, and reports unknown ids as not found', async () => {
      const created = await adapter.create({ title: 'Short-lived' });
      await adapter.remove(created.id, { expectedVersion: created.version });
      expect(await adapter.list()).to.deep.equal([]);
      expect(await rejection(adapter.remove(created.id))).to.be.instanceOf(NotFoundError);
      expect(await rejection(adapter.update(created.id, { title: 'Ghost' }))).to.be.instanceOf(NotFoundError);
    });

    it('tells subscribers about every write until they unsubscribe', async () => {
      let calls = 0;
      const unsubscribe = adapter.subscribe!(() => calls++);
      const created = await adapter.create({ title: 'Watched' });
      await eventually(() => expect(calls).to.be.greaterThan(0));
      const afterCreate = calls;
      await adapter.update(created.id, { title: 'Watched, edited' });
      await eventually(() => expect(calls).to.be.greaterThan(afterCreate));
      unsubscribe();
      const afterUnsubscribe = calls;
      await adapter.remove(created.id);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(calls).to.equal(afterUnsubscribe);
    });
  });
}
