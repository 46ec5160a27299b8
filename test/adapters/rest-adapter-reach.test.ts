import { expect } from '@open-wc/testing';
import { AdapterUnavailableError, ValidationError } from '../../src/model/errors.js';
import { HttpError } from '../../src/adapters/rest/problem.js';
import { asClient, freshCollection, rejection, restAdapterPool, setFaults } from './rest-server.js';

describe('RestAdapter: languages, audiences and read receipts on the reference server', () => {
  const { make, clearAll } = restAdapterPool();
  afterEach(async () => {
    await clearAll();
  });

  it('sends and reads variants, audience and dismissal', async () => {
    const staff = make(freshCollection(), { cache: false });
    const created = await staff.create({
      title: 'Neue Frist für Umsatzsteuer-Voranmeldungen',
      language: 'de',
      variants: [{ language: 'en', title: 'New deadline for advance VAT returns', body: 'From March.' }],
      audience: { kind: 'tags', tags: ['business'] },
      dismissal: 'never',
    });
    expect(created.variants).to.deep.equal([{ language: 'en', title: 'New deadline for advance VAT returns', body: 'From March.' }]);
    const updated = await staff.update(created.id, { title: created.title, language: 'de', variants: [], audience: { kind: 'clients', clients: ['alice'] }, dismissal: 'once' }, { expectedVersion: created.version });
    const [listed] = await staff.list();
    expect(listed).to.deep.equal(updated);
    expect([listed.language, listed.variants, listed.audience, listed.dismissal]).to.deep.equal(['de', [], { kind: 'clients', clients: ['alice'] }, 'once']);
  });

  it('reports the server’s refusal of one variant’s field by its position', async () => {
    const error = await rejection(make(freshCollection()).create({ title: 'Frist', language: 'de', variants: [{ language: 'en', title: 'Deadline' }, { language: 'fr', title: ' ' }] }));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).to.deep.equal({ 'variants.1.title': 'required' });
  });

  it('lists for a client only what the server sends it: its own tags’ and name’s announcements', async () => {
    const base = freshCollection();
    const staff = make(base, { cache: false });
    await staff.create({ title: 'For business clients', audience: { kind: 'tags', tags: ['business'] } });
    await staff.create({ title: 'For Bob', audience: { kind: 'clients', clients: ['bob'] } });
    await staff.create({ title: 'For everyone' });
    const titlesFor = async (headers: Record<string, string>) => (await make(base, { cache: false, headers }).list()).map((announcement) => announcement.title);
    expect(await titlesFor(asClient('alice', ['business']))).to.deep.equal(['For business clients', 'For everyone']);
    expect(await titlesFor(asClient('bob', ['private']))).to.deep.equal(['For Bob', 'For everyone']);
    expect(await titlesFor({})).to.deep.equal(['For business clients', 'For Bob', 'For everyone']);
  });

  it('records receipts once per user, with keepalive while the page unloads, and staff read the counts', async () => {
    const base = freshCollection();
    const staff = make(base, { cache: false });
    const notice = await staff.create({ title: 'Office closed on Friday' });
    const keepalive: boolean[] = [];
    const alice = make(base, {
      cache: false,
      headers: asClient('alice'),
      fetch: (input, init) => {
        if (String(input).endsWith('/receipts')) keepalive.push(init?.keepalive === true);
        return fetch(input, init);
      },
    });
    const seen = { id: notice.id, revisedAt: notice.revisedAt, kind: 'seen' as const };
    await alice.recordReceipts([seen]);
    await alice.recordReceipts([seen, { ...seen, kind: 'opened' }], { unloading: true });
    await make(base, { cache: false, headers: asClient('bob') }).recordReceipts([seen]);
    expect(keepalive).to.deep.equal([false, true]);

    expect(await staff.receiptSummary(notice.id)).to.deep.equal({ id: notice.id, revisedAt: notice.revisedAt, audienceSize: null, seen: 2, opened: 1, notOpened: null });
    const forbidden = await rejection(alice.receiptSummary(notice.id));
    expect(forbidden).to.be.instanceOf(AdapterUnavailableError);
    expect((forbidden.cause as HttpError).status).to.equal(403);
  });

  it('sends a long batch in requests of at most 100, and rejects when the server cannot take them', async () => {
    const base = freshCollection();
    const notice = await make(base, { cache: false }).create({ title: 'Busy' });
    const sizes: number[] = [];
    const client = make(base, {
      cache: false,
      retry: false,
      headers: asClient('alice'),
      fetch: (input, init) => {
        sizes.push((JSON.parse(String(init?.body)) as { receipts: unknown[] }).receipts.length);
        return fetch(input, init);
      },
    });
    const receipts = Array.from({ length: 150 }, () => ({ id: notice.id, revisedAt: notice.revisedAt, kind: 'seen' as const }));
    await client.recordReceipts(receipts);
    expect(sizes).to.deep.equal([100, 50]);

    await setFaults(base, { failNext: 1, status: 503, methods: ['POST'] });
    expect(await rejection(client.recordReceipts(receipts.slice(0, 1)))).to.be.instanceOf(AdapterUnavailableError);
  });

  it('recognises its own edit of variants when a retried PUT lost its first answer', async () => {
    const base = freshCollection();
    const adapter = make(base);
    const created = await adapter.create({ title: 'Frist', language: 'de', variants: [{ language: 'en', title: 'Deadline' }] });
    await setFaults(base, { loseAnswerNext: 1, methods: ['PUT'] });
    const edit = { title: 'Frist', language: 'de', variants: [{ language: 'en', title: 'New deadline' }], audience: { kind: 'tags' as const, tags: ['business'] } };
    const updated = await adapter.update(created.id, edit, { expectedVersion: created.version });
    expect(updated.variants[0].title).to.equal('New deadline');
  });
});
