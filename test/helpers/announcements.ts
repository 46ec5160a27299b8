import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import type { Announcement, AnnouncementInput } from '../../src/model/announcement.js';
import { AdapterUnavailableError } from '../../src/model/errors.js';

/** A user and login session nobody else uses, so each test starts with a clean client state. */
export function freshIdentity(): { user: string; session: string } {
  return { user: `user-${crypto.randomUUID()}`, session: `session-${crypto.randomUUID()}` };
}

/** An ISO instant `ms` milliseconds from now (negative: in the past). */
export function fromNow(ms: number): string {
  return new Date(Date.now() + ms).toISOString();
}

/** A `MemoryAdapter` holding the given announcements, created in order (the last is the newest). */
export async function adapterWith(...inputs: AnnouncementInput[]): Promise<{ adapter: MemoryAdapter; created: Announcement[] }> {
  const adapter = new MemoryAdapter();
  const created: Announcement[] = [];
  for (const input of inputs) {
    created.push(await adapter.create(input));
    // Distinct creation times, so "newest first" has one right answer.
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
  return { adapter, created };
}

/**
 * An adapter whose `list` the test controls: it can be held pending (the page is still
 * loading) or made to fail (the server is down), around a real `MemoryAdapter`.
 */
export class ControllableAdapter implements AnnouncementAdapter {
  readonly inner = new MemoryAdapter();
  failing = false;
  private held: Array<() => void> = [];
  private holding = false;

  /** Makes `list` wait until `release()`. */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    const waiting = this.held;
    this.held = [];
    waiting.forEach((resume) => resume());
  }

  async list(): Promise<Announcement[]> {
    if (this.holding) await new Promise<void>((resume) => this.held.push(resume));
    if (this.failing) throw new AdapterUnavailableError('the announcement server cannot be reached');
    return this.inner.list();
  }

  create(input: AnnouncementInput): Promise<Announcement> {
    return this.inner.create(input);
  }

  subscribe(onChange: () => void): () => void {
    return this.inner.subscribe(onChange);
  }
}
