/**
 * Turns the public XSS corpora (test/rich-text/xss-corpus.ts) into announcements the elements
 * can show: every payload becomes the description of one announcement and, cut into pieces of
 * at most `TITLE_MAX_LENGTH` characters (the most a title may hold; adapters refuse longer),
 * its title. The announcements are split into batches, each stored in its own `MemoryAdapter`,
 * so that one element instance shows a batch at a time.
 */
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { SEVERITIES, TITLE_MAX_LENGTH, type Announcement, type AnnouncementInput } from '../../src/model/announcement.js';
import type { XssPayload } from '../rich-text/xss-corpus.js';

/** One announcement made from a payload, with the payload's origin for failure messages. */
export interface PayloadAnnouncementInput {
  label: string;
  /** Position of the payload in the corpus. */
  payloadIndex: number;
  input: AnnouncementInput;
}

/** Announcements per element instance. */
export const BATCH_SIZE = 100;

/** The title of a payload that is only whitespace: no title may be blank, but its description may. */
export const BLANK_PAYLOAD_TITLE = 'Blank payload';

/** The payload cut into title-sized pieces, leaving out pieces that are only whitespace. */
function titlePieces(payload: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < payload.length; start += TITLE_MAX_LENGTH) {
    const piece = payload.slice(start, start + TITLE_MAX_LENGTH);
    if (piece.trim() !== '') pieces.push(piece);
  }
  return pieces;
}

/**
 * One announcement per payload (title: the payload's first piece, description: the whole
 * payload), plus one per further title piece of a long payload (with an empty description).
 * Severities rotate, so every severity's template is rendered with payloads too.
 */
export function announcementsFromCorpus(corpus: readonly XssPayload[]): PayloadAnnouncementInput[] {
  const inputs: PayloadAnnouncementInput[] = [];
  corpus.forEach(({ label, payload }, payloadIndex) => {
    const pieces = titlePieces(payload);
    (pieces.length > 0 ? pieces : [BLANK_PAYLOAD_TITLE]).forEach((title, piece) => {
      inputs.push({
        label: piece === 0 ? label : `${label} (title piece ${piece + 1})`,
        payloadIndex,
        input: { title, body: piece === 0 ? payload : '', severity: SEVERITIES[inputs.length % SEVERITIES.length] },
      });
    });
  });
  return inputs;
}

/** Consecutive slices of at most `size` items. */
export function inBatches<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** A stored batch: the adapter, and the payload label of each stored announcement's id. */
export interface StoredBatch {
  adapter: MemoryAdapter;
  announcements: Announcement[];
  labels: Map<string, string>;
  /** "payloads 101-200 (file#line ...)", for failure messages. */
  name: string;
}

/** Stores a batch through the adapter's validating `create`, as a firm's editor would. */
export async function storeBatch(batch: readonly PayloadAnnouncementInput[], name: string, extra: AnnouncementInput[] = []): Promise<StoredBatch> {
  const adapter = new MemoryAdapter();
  const announcements: Announcement[] = [];
  const labels = new Map<string, string>();
  for (const { label, input } of batch) {
    const stored = await adapter.create(input);
    announcements.push(stored);
    labels.set(stored.id, label);
  }
  for (const input of extra) {
    const stored = await adapter.create(input);
    announcements.push(stored);
    labels.set(stored.id, `control: ${input.title}`);
  }
  return { adapter, announcements, labels, name };
}

/** A short name for a batch in failure messages. */
export function batchName(batch: readonly PayloadAnnouncementInput[], index: number): string {
  const first = index * BATCH_SIZE + 1;
  return `announcements ${first}-${first + batch.length - 1} (from ${batch[0].label})`;
}
