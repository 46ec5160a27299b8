// The event stream: an open page hears about every write without polling.
import assert from 'node:assert/strict';
import { distinguishedPair } from './reach.mjs';

/** How long a write may take to reach an open stream. */
const EVENT_DEADLINE_MS = 2000;

/** @type {import('../runner.mjs').Check[]} */
export const eventChecks = [
  {
    name: 'the event stream sends a heartbeat event at once, so clients can tell it is live',
    async run(client) {
      const stream = await openStream(client);
      try {
        assert.match(await stream.until(/event: heartbeat\ndata: .+\n\n/, EVENT_DEADLINE_MS), /retry: \d+/);
      } finally {
        await stream.close();
      }
    },
  },
  {
    name: `a write reaches an open event stream within ${EVENT_DEADLINE_MS / 1000} s, with the list's ETag as its id`,
    async run(client) {
      const stream = await openStream(client);
      try {
        await stream.until(/\n\n/);
        const { record } = await client.create({ title: 'Heard live' });
        const text = await stream.until(new RegExp(record.id), EVENT_DEADLINE_MS);
        assert.match(text, /event: change\n/);
        const { response } = await client.list();
        const etag = response.headers.get('etag')?.replace(/^W\//, '').slice(1, -1);
        assert.match(text, new RegExp(`id: ${escapeRegExp(etag ?? '')}\\n`));
      } finally {
        await stream.close();
      }
    },
  },
  {
    name: 'a client’s event stream hears that the list changed, but not the id of an announcement meant for others',
    requires: (client) => (distinguishedPair(client.clients) ? undefined : 'needs two --client-token clients, the first with a tag the second lacks'),
    async run(client) {
      const { other, tag } = /** @type {NonNullable<ReturnType<typeof distinguishedPair>>} */ (distinguishedPair(client.clients));
      const stream = await openStream(client, other.headers, false);
      try {
        await stream.until(/\n\n/);
        const { record } = await client.create({ title: 'Not for every client', audience: { kind: 'tags', tags: [tag] } });
        const text = await stream.until(/event: change\n(?:.*\n)*?\n/, EVENT_DEADLINE_MS);
        assert.doesNotMatch(text, new RegExp(record.id));
      } finally {
        await stream.close();
      }
    },
  },
  {
    name: 'a stream reopened with an old Last-Event-ID is told to reload at once',
    async run(client) {
      const stream = await openStream(client, { 'Last-Event-ID': 'an-old-list-tag' });
      try {
        const text = await stream.until(/event: change\n/, EVENT_DEADLINE_MS);
        assert.match(text, /event: change\n/);
      } finally {
        await stream.close();
      }
    },
  },
];

/**
 * @param {import('../client.mjs').ContractClient} client
 * @param {Record<string, string>} [headers]
 * @param {boolean} [asStaff]
 */
async function openStream(client, headers = {}, asStaff = true) {
  const controller = new AbortController();
  const response = await fetch(`${client.base}/events`, { headers: { ...(asStaff ? client.staffHeaders : {}), Accept: 'text/event-stream', ...headers }, signal: controller.signal });
  assert.equal(response.status, 200, `the event stream answered ${response.status}`);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    /**
     * @param {RegExp} pattern
     * @param {number} [ms]
     */
    async until(pattern, ms = EVENT_DEADLINE_MS) {
      const deadline = setTimeout(() => controller.abort(), ms);
      try {
        while (!pattern.test(text)) {
          const { done, value } = await reader.read();
          if (done) break;
          text += decoder.decode(value);
        }
      } catch {
        // Aborted at the deadline: the assertion below says what was missing.
      } finally {
        clearTimeout(deadline);
      }
      assert.match(text, pattern, `the stream did not send ${pattern} within ${ms} ms`);
      return text;
    },
    close: async () => controller.abort(),
  };
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
