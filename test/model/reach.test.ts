import { expect } from '@open-wc/testing';
import { isInAudience } from '../../src/model/audience.js';
import { canonicalLanguage, inLanguage } from '../../src/model/languages.js';
import { parseAnnouncement } from '../../src/model/parse.js';
import { summarizeReceipts, type StoredReceipt } from '../../src/model/receipts.js';
import { validateInput } from '../../src/model/validate.js';
import { makeAnnouncement } from '../support/announcements.js';

describe('languages', () => {
  it('accepts language tags in any case and returns them canonical', () => {
    expect(canonicalLanguage('de-at')).to.equal('de-AT');
    expect(canonicalLanguage('EN')).to.equal('en');
    for (const bad of ['', 'german', 'de_AT', '*', 'x-private', 3, null]) expect(canonicalLanguage(bad), String(bad)).to.equal(undefined);
  });

  it('shows the exact variant, then one of the same language, then the default', () => {
    const announcement = makeAnnouncement({
      title: 'Office closed',
      language: 'en',
      variants: [
        { language: 'de', title: 'Büro geschlossen', body: 'Am Freitag.' },
        { language: 'fr-CA', title: 'Bureau fermé', body: '' },
      ],
    });
    expect(inLanguage(announcement, 'de').title).to.equal('Büro geschlossen');
    expect(inLanguage(announcement, 'de-AT')).to.include({ title: 'Büro geschlossen', body: 'Am Freitag.', language: 'de' });
    expect(inLanguage(announcement, 'fr').title).to.equal('Bureau fermé');
    expect(inLanguage(announcement, 'it').title).to.equal('Office closed');
    expect(inLanguage(announcement, 'en-GB').title).to.equal('Office closed');
    expect(inLanguage(announcement, undefined)).to.equal(announcement);
  });
});

describe('audience', () => {
  it('includes everyone, clients with any of the tags, or the named clients', () => {
    const viewer = { user: 'c-1', tags: ['business'] };
    expect(isInAudience({ kind: 'all' }, {})).to.equal(true);
    expect(isInAudience({ kind: 'tags', tags: ['private', 'business'] }, viewer)).to.equal(true);
    expect(isInAudience({ kind: 'tags', tags: ['private'] }, viewer)).to.equal(false);
    expect(isInAudience({ kind: 'tags', tags: ['business'] }, { user: 'c-1' })).to.equal(false);
    expect(isInAudience({ kind: 'clients', clients: ['c-1'] }, viewer)).to.equal(true);
    expect(isInAudience({ kind: 'clients', clients: ['c-2'] }, viewer)).to.equal(false);
    expect(isInAudience({ kind: 'clients', clients: ['c-2'] }, {})).to.equal(false);
  });
});

describe('validating languages, audience and dismissal', () => {
  it('accepts records written before these fields existed', () => {
    expect(validateInput({ title: 'Office closed' })).to.deep.equal({});
  });

  it('names the field of the variant at fault', () => {
    const errors = validateInput({
      title: 'Office closed',
      language: 'en',
      variants: [
        { language: 'de', title: '' },
        { language: 'EN', title: 'Again' },
        { language: 'klingon', title: 'x', body: 'y'.repeat(20_001) },
      ],
    });
    expect(errors).to.deep.equal({
      'variants.0.title': 'required',
      'variants.1.language': 'duplicate-language',
      'variants.2.language': 'invalid-language',
      'variants.2.body': 'too-long',
    });
  });

  it('needs the default language once there are variants', () => {
    expect(validateInput({ title: 'T', variants: [{ language: 'de', title: 'T' }] })).to.deep.equal({ language: 'required' });
    expect(validateInput({ title: 'T', language: 'english' })).to.deep.equal({ language: 'invalid-language' });
  });

  it('refuses empty, malformed and unknown audiences and dismissal modes', () => {
    expect(validateInput({ title: 'T', audience: { kind: 'tags', tags: [] } })).to.deep.equal({ audience: 'required' });
    expect(validateInput({ title: 'T', audience: { kind: 'clients', clients: ['c-1', 7] } })).to.deep.equal({ audience: 'invalid-audience' });
    expect(validateInput({ title: 'T', audience: { kind: 'everyone' } })).to.deep.equal({ audience: 'invalid-audience' });
    expect(validateInput({ title: 'T', audience: { kind: 'tags', tags: ['\u200b'] } })).to.deep.equal({ audience: 'invalid-audience' });
    expect(validateInput({ title: 'T', dismissal: 'forever' })).to.deep.equal({ dismissal: 'invalid-dismissal' });
    expect(validateInput({ title: 'T', audience: { kind: 'clients', clients: ['c-1'] }, dismissal: 'never' })).to.deep.equal({});
  });
});

describe('parsing', () => {
  const stored = { id: 'a', title: 'T', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

  it('gives old records the defaults: no language, no variants, everyone, until the next login', () => {
    const result = parseAnnouncement(stored);
    expect(result.ok && result.announcement).to.deep.include({ language: null, variants: [], audience: { kind: 'all' }, dismissal: 'session' });
  });

  it('keeps variants, audience and dismissal, with canonical language tags and without repeats', () => {
    const result = parseAnnouncement({
      ...stored,
      language: 'EN',
      variants: [{ language: 'de-de', title: ' Büro ' }],
      audience: { kind: 'tags', tags: ['a', 'a', 'b'], clients: ['ignored'] },
      dismissal: 'never',
    });
    expect(result.ok && result.announcement).to.deep.include({
      language: 'en',
      variants: [{ language: 'de-DE', title: 'Büro', body: '' }],
      audience: { kind: 'tags', tags: ['a', 'b'] },
      dismissal: 'never',
    });
  });

  it('refuses a record whose variants are malformed, naming the field', () => {
    const result = parseAnnouncement({ ...stored, language: 'en', variants: [{ title: 'x' }] });
    expect(result).to.deep.include({ ok: false, field: 'variants.0.language' });
  });
});

describe('receipt summaries', () => {
  const announcement = makeAnnouncement({ id: 'a', revisedAt: '2026-02-01T00:00:00.000Z', audience: { kind: 'tags', tags: ['business'] } });
  const receipt = (user: string, kind: 'seen' | 'opened', revisedAt = announcement.revisedAt): StoredReceipt => ({ id: 'a', revisedAt, kind, user });
  const receipts = [
    receipt('c-1', 'seen'),
    receipt('c-1', 'seen'),
    receipt('c-2', 'opened'),
    receipt('c-3', 'opened', '2026-01-01T00:00:00.000Z'),
    receipt('c-9', 'seen'),
  ];

  it('counts unique users of the current revision; an open counts as seen', () => {
    expect(summarizeReceipts(announcement, receipts)).to.deep.include({ audienceSize: null, seen: 3, opened: 1, notOpened: null });
  });

  it('with the directory, counts only the audience and names who has not opened', () => {
    const clients = [
      { id: 'c-1', tags: ['business'] },
      { id: 'c-2', tags: ['business', 'private'] },
      { id: 'c-3', tags: ['business'] },
      { id: 'c-9', tags: ['private'] },
    ];
    expect(summarizeReceipts(announcement, receipts, clients)).to.deep.include({ audienceSize: 3, seen: 2, opened: 1, notOpened: ['c-1', 'c-3'] });
  });
});
