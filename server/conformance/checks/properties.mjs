// Generated inputs (fast-check): whatever a client sends, the server answers within the
// contract (every answer is checked against openapi.yaml), never with a 5xx, and stores valid
// input faithfully.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { json } from '../client.mjs';

const DAY = 86_400_000;

/** A future instant, written with a random offset and precision, as clients may send it. */
const futureInstant = fc
  .record({ days: fc.integer({ min: 1, max: 3650 }), ms: fc.integer({ min: 0, max: DAY - 1 }), offsetMinutes: fc.integer({ min: -12 * 60, max: 14 * 60 }) })
  .map(({ days, ms, offsetMinutes }) => {
    const instant = Math.floor(Date.now() / DAY) * DAY + days * DAY + ms;
    const local = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 23);
    const sign = offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(offsetMinutes);
    return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  });

/** A title with something visible in it, as the schema's limits allow. */
const title = fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }).filter((text) => /[^\p{White_Space}\p{Cc}\p{Cf}]/u.test(text) && text.trim().length <= 200);

/** Language tags in any case; the server stores them canonical. */
const LANGUAGES = ['de', 'en', 'en-gb', 'EN-us', 'fr', 'it', 'es', 'nl', 'pl', 'tr', 'pt-BR', 'de-AT', 'sr-Latn'];

/**
 * Valid input per the AnnouncementInput schema and the validation rules: the limits and enums
 * come from the contract's schemas, so the generated cases follow openapi.yaml.
 * @param {import('../contract.mjs').Contract} contract
 */
function validInput(contract) {
  const fields = contract.schema('AnnouncementInput').properties;
  const entries = contract.schema('AudienceEntries');
  const entry = fc.string({ minLength: 1, maxLength: Math.min(entries.items.maxLength, 40) }).filter((text) => /[^\p{White_Space}\p{Cc}\p{Cf}]/u.test(text));
  const audienceEntries = fc.array(entry, { minLength: entries.minItems, maxLength: Math.min(entries.maxItems, 8) });
  // A default language and up to a few variants, all in different languages.
  const languages = fc.shuffledSubarray(LANGUAGES, { minLength: 1, maxLength: Math.min(fields.variants.maxItems + 1, 4) });
  const variant = fc.record({ title, body: fc.string({ maxLength: 200, unit: 'grapheme' }) }, { requiredKeys: ['title'] });
  const texts = languages.chain((tags) =>
    fc.tuple(fc.constant(tags), fc.array(variant, { minLength: tags.length - 1, maxLength: tags.length - 1 })).map(([[language, ...others], variants]) => ({
      language,
      variants: variants.map((text, index) => ({ language: others[index], ...text })),
    })),
  );
  return fc
    .record(
      {
        title,
        body: fc.string({ maxLength: 500, unit: 'grapheme' }),
        severity: fc.constantFrom(...contract.schema('Severity').enum),
        publishAt: fc.option(futureInstant, { nil: null }),
        expiresAt: fc.option(futureInstant, { nil: null }),
        texts,
        audience: fc.oneof(
          fc.constant({ kind: 'all' }),
          audienceEntries.map((tags) => ({ kind: 'tags', tags })),
          audienceEntries.map((clients) => ({ kind: 'clients', clients })),
        ),
        dismissal: fc.constantFrom(...contract.schema('DismissalMode').enum),
      },
      { requiredKeys: ['title'] },
    )
    .map(({ texts: chosen, ...input }) => (chosen ? { ...input, ...chosen } : input))
    .filter((input) => !input.publishAt || !input.expiresAt || Date.parse(input.expiresAt) > Date.parse(input.publishAt));
}

/** @param {string | undefined} tag */
const canonical = (tag) => (tag === undefined ? null : Intl.getCanonicalLocales(tag)[0]);

/** Anything a careless or hostile client might send as a body. */
const anyBody = fc.oneof(
  fc.dictionary(
    fc.constantFrom('title', 'body', 'severity', 'publishAt', 'expiresAt', 'language', 'variants', 'audience', 'dismissal', 'notify', '__proto__', 'constructor', 'id', 'version'),
    fc.jsonValue(),
  ),
  fc.jsonValue(),
);

/** @param {string | null | undefined} value */
const instantOf = (value) => (value ? Date.parse(value) : null);

/** @type {import('../runner.mjs').Check[]} */
export const propertyChecks = [
  {
    name: 'generated valid input is created and stored as sent (titles trimmed, instants kept, language tags canonical, audience repeats dropped)',
    async run(client, { runs }) {
      await fc.assert(
        fc.asyncProperty(validInput(client.contract), async (input) => {
          const { record } = await client.create(input);
          assert.equal(record.title, input.title.trim());
          assert.equal(record.body ?? '', input.body ?? '');
          assert.equal(record.severity ?? 'info', input.severity ?? 'info');
          assert.equal(instantOf(record.publishAt), instantOf(input.publishAt));
          assert.equal(instantOf(record.expiresAt), instantOf(input.expiresAt));
          assert.equal(record.language ?? null, canonical(input.language));
          assert.deepEqual(
            record.variants ?? [],
            (input.variants ?? []).map((variant) => ({ language: canonical(variant.language), title: variant.title.trim(), body: variant.body ?? '' })),
          );
          const audience = input.audience ?? { kind: 'all' };
          const listed = audience.kind === 'tags' ? { kind: 'tags', tags: [...new Set(audience.tags)] } : audience.kind === 'clients' ? { kind: 'clients', clients: [...new Set(audience.clients)] } : audience;
          assert.deepEqual(record.audience ?? { kind: 'all' }, listed);
          assert.equal(record.dismissal ?? 'session', input.dismissal ?? 'session');
        }),
        { numRuns: runs },
      );
    },
  },
  {
    name: 'generated bodies are created or refused with 400/415/422, never a 5xx',
    async run(client, { runs }) {
      await fc.assert(
        fc.asyncProperty(anyBody, async (body) => {
          const { response, body: answer } = await client.send('createAnnouncement', '', json('POST', body));
          if (response.status === 201) client.created.add(answer.id);
          assert.ok([201, 400, 422].includes(response.status), `answered ${response.status} to ${JSON.stringify(body).slice(0, 200)}`);
        }),
        { numRuns: runs },
      );
    },
  },
  {
    name: 'generated ids and If-Match headers never overwrite without the current version',
    async run(client, { runs }) {
      const { record } = await client.create({ title: 'Guarded against anything' });
      const ifMatch = fc.oneof(fc.string(), fc.constantFrom('""', 'W/""', ',', `W/"${record.version}"`, record.version, `"${record.version}`));
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string({ minLength: 1 }), fc.constant(record.id)), ifMatch, async (id, tag) => {
          const headers = /^[\t\x20-\x7e]*$/.test(tag) ? { 'If-Match': tag } : {};
          const path = id === record.id ? client.path(id) : `/${id.replaceAll('/', '%2F').replaceAll('?', '%3F').replaceAll('#', '%23')}`;
          const { response } = await client.send('updateAnnouncement', path, json('PUT', { title: 'Overwritten' }, headers));
          assert.ok([400, 404, 405, 412, 428].includes(response.status), `PUT ${path} If-Match ${JSON.stringify(tag)} answered ${response.status}`);
        }),
        { numRuns: runs },
      );
      const { records } = await client.list();
      assert.deepEqual(records.find((candidate) => candidate.id === record.id), record);
    },
  },
];
