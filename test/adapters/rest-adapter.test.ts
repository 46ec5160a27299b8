import { expect } from '@open-wc/testing';
import { ConflictError, ValidationError } from '../../src/model/errors.js';
import type { Announcement } from '../../src/model/announcement.js';
import { describeAdapterContract } from './adapter-contract.js';
import { freshCollection, rejection, restAdapter, restAdapterPool, seedRaw, serverOrigin } from './rest-server.js';

describeAdapterContract('RestAdapter on the reference server', () => {
  const adapter = restAdapter(freshCollection());
  return { adapter, cleanup: () => adapter.clearCache() };
});

describe('RestAdapter', () => {
  const { make, clearAll } = restAdapterPool();
  afterEach(async () => {
    await clearAll();
  });

  it('revalidates with the ETag and gets 304 when nothing changed', async () => {
    const statuses: number[] = [];
    const adapter = make(freshCollection(), {
      cache: false,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        return response;
      },
    });
    await adapter.create({ title: 'Holiday hours' });
    statuses.length = 0;
    const first = await adapter.list();
    const second = await adapter.list();
    expect(statuses).to.deep.equal([200, 304]);
    expect(second).to.deep.equal(first);
    expect(second.map((a) => a.title)).to.deep.equal(['Holiday hours']);
  });

  it('sends the headers of an async function with every request', async () => {
    const seen: string[] = [];
    let token = 0;
    const adapter = make(freshCollection(), {
      cache: false,
      headers: async () => ({ Authorization: `Bearer token-${++token}`, 'X-CSRF-Token': 'csrf' }),
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        seen.push(`${headers.get('Authorization')} ${headers.get('X-CSRF-Token')}`);
        return fetch(input, init);
      },
    });
    await adapter.create({ title: 'Signed in' });
    await adapter.list();
    expect(seen).to.deep.equal(['Bearer token-1 csrf', 'Bearer token-2 csrf']);
  });

  it('refuses invalid input with the server’s field errors (422 problem details)', async () => {
    const error = await rejection(make(freshCollection()).create({ title: 'Fine', severity: 'urgent' as never }));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).to.deep.equal({ severity: 'invalid-severity' });
  });

  it('hands the current record over with a 412 conflict', async () => {
    const base = freshCollection();
    const first = make(base);
    const created = await first.create({ title: 'Original' });
    const newer = await first.update(created.id, { title: 'Newer' }, { expectedVersion: created.version });
    const error = await rejection(make(base).update(created.id, { title: 'Stale' }, { expectedVersion: created.version }));
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError).current).to.deep.equal(newer);
  });

  it('adapts a backend with another JSON shape through the mapping hooks', async () => {
    const base = freshCollection();
    await seedRaw(base, [
      {
        uuid: 'n-1',
        content: { headline: 'Server maintenance', text: 'On **Sunday**.' },
        level: 'warning',
        created_at: '2026-01-05T08:00:00Z',
        updated_at: '2026-01-06T08:00:00Z',
        etag: 'v7',
      },
    ]);
    type SnakeRecord = { uuid: string; content: { headline: string; text: string }; level: string; created_at: string; updated_at: string; etag: string };
    const adapter = make(base, {
      toAnnouncement: (record) => {
        const raw = record as SnakeRecord;
        return {
          id: raw.uuid,
          title: raw.content.headline,
          body: raw.content.text,
          severity: raw.level,
          createdAt: raw.created_at,
          updatedAt: raw.updated_at,
          version: raw.etag,
        };
      },
    });
    const [announcement] = await adapter.list();
    expect(announcement).to.deep.include({ id: 'n-1', title: 'Server maintenance', body: 'On **Sunday**.', severity: 'warning', version: 'v7' });
    expect(announcement.revisedAt).to.equal('2026-01-06T08:00:00.000Z');
  });

  it('writes through the fromInput hook', async () => {
    const adapter = make(freshCollection(), {
      fromInput: (input, context) => ({ ...input, severity: input.severity ?? 'warning', notify: context.notify }),
    });
    const created = await adapter.create({ title: 'Defaults to a warning' });
    expect(created.severity).to.equal('warning');
  });

  it('works across origins with CORS', async () => {
    const origin = await serverOrigin();
    expect(origin).to.not.equal(location.origin);
    const adapter = make(`${origin}${freshCollection()}`);
    const created = await adapter.create({ title: 'From another origin' });
    const updated: Announcement = await adapter.update(created.id, { title: 'Edited from another origin' }, { expectedVersion: created.version });
    expect((await adapter.list()).map((a) => a.title)).to.deep.equal([updated.title]);
    await adapter.remove(created.id, { expectedVersion: updated.version });
    expect(await adapter.list()).to.deep.equal([]);
  });
});
