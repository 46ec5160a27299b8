import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalAdapter } from '../../src/adapters/local-adapter.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import { configureAnnouncements, resetAnnouncementsConfig } from '../../src/configure.js';
import { AnnouncementSourceController } from '../../src/controllers/announcement-source-controller.js';
import { LocalizeController } from '../../src/internal/localize/localize-controller.js';
import { browserSessionId, endBrowserSession } from '../../src/state/default-session.js';
import { uniqueName } from '../support/faults.js';
import type { AnnouncementErrorEvent } from '../../src/events/announcement-events.js';

/** The smallest element wired the way every announcement element is. */
class WiredProbe extends LitElement {
  @property({ attribute: false }) adapter?: AnnouncementAdapter;
  @property() session?: string;
  @property() user?: string;
  readonly source = new AnnouncementSourceController(this);
  readonly text = new LocalizeController(this, {
    en: { greeting: 'Read more', count: '{count} announcements' },
    de: { greeting: 'Weiterlesen', count: '{count} Ankündigungen' },
  });
  override render() {
    const titles = this.source.feed.announcements.map((a) => a.title).join(', ');
    return html`<p>${this.text.strings.greeting}: ${titles}</p>`;
  }
}
customElements.define('wired-probe', WiredProbe);

const shown = (el: WiredProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('wiring: configureAnnouncements and per-element overrides', () => {
  afterEach(() => resetAnnouncementsConfig());

  it('uses the configured adapter, session and user for plain tags', async () => {
    const adapter = new MemoryAdapter();
    await adapter.create({ title: 'Configured' });
    const session = uniqueName('session');
    configureAnnouncements({ adapter, session, user: 'client-7' });
    const el = await fixture<WiredProbe>(html`<wired-probe></wired-probe>`);
    await waitUntil(() => el.source.ready);
    await el.updateComplete;
    expect(shown(el)).to.equal('Read more: Configured');
    expect(el.source.state!.identity).to.deep.equal({ user: 'client-7', session });
  });

  it('lets each element override the defaults without disturbing the others', async () => {
    const first = new MemoryAdapter();
    const second = new MemoryAdapter();
    await first.create({ title: 'First' });
    await second.create({ title: 'Second' });
    configureAnnouncements({ adapter: first });
    const container = await fixture(html`<div>
      <wired-probe></wired-probe>
      <wired-probe .adapter=${second} session="s-2" user="u-2"></wired-probe>
    </div>`);
    const [plain, own] = [...container.querySelectorAll<WiredProbe>('wired-probe')];
    await waitUntil(() => plain.source.ready && own.source.ready);
    await Promise.all([plain.updateComplete, own.updateComplete]);
    expect(shown(plain)).to.equal('Read more: First');
    expect(shown(own)).to.equal('Read more: Second');
    expect(own.source.state!.identity).to.deep.equal({ user: 'u-2', session: 's-2' });
    // Changing an element's adapter later re-connects it.
    own.adapter = first;
    await waitUntil(() => shown(own) === 'Read more: First');
  });

  it('tells the page once per load when the source fails or sends malformed records', async () => {
    let failing = false;
    const memory = new MemoryAdapter();
    await memory.create({ title: 'Good' });
    const adapter: AnnouncementAdapter = {
      list: async () => {
        if (failing) throw new Error('server down');
        return [...(await memory.list()), { id: 'broken', title: '' }] as never;
      },
      subscribe: (onChange) => memory.subscribe(onChange),
    };
    const reports: AnnouncementErrorEvent[] = [];
    const container = await fixture(html`<div @announcement-error=${(event: AnnouncementErrorEvent) => reports.push(event)}>
      <wired-probe .adapter=${adapter}></wired-probe>
    </div>`);
    const el = container.querySelector<WiredProbe>('wired-probe')!;
    await waitUntil(() => reports.length === 1, 'the skipped record was not reported');
    expect(reports[0].recordErrors.map((error) => error.id)).to.deep.equal(['broken']);
    expect(shown(el)).to.equal('Read more: Good');
    failing = true;
    await memory.create({ title: 'Second' });
    await waitUntil(() => reports.length === 2, 'the failed load was not reported');
    expect((reports[1].error as Error).message).to.equal('server down');
    expect(shown(el), 'the last good list stays').to.equal('Read more: Good');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reports).to.have.length(2);
  });

  it('falls back to a LocalAdapter and the browser session when nothing is configured', async () => {
    const el = await fixture<WiredProbe>(html`<wired-probe></wired-probe>`);
    await waitUntil(() => el.source.ready);
    expect(el.source.feed.adapter).to.be.instanceOf(LocalAdapter);
    expect(el.source.state!.identity.session).to.equal(browserSessionId());
    expect(el.source.state!.identity.user).to.equal('anonymous');
  });

  it('keeps the browser session in a cookie shared by tabs, and starts a new one on demand', () => {
    const id = browserSessionId();
    expect(browserSessionId()).to.equal(id);
    expect(document.cookie).to.contain(`portal-announcements-session=${id}`);
    endBrowserSession();
    expect(browserSessionId()).to.not.equal(id);
  });

  it('speaks the language of the nearest lang attribute, with host overrides', async () => {
    configureAnnouncements({ adapter: new MemoryAdapter() });
    const container = await fixture(html`<div lang="de-AT"><section><wired-probe></wired-probe></section></div>`);
    const el = container.querySelector<WiredProbe>('wired-probe')!;
    await el.updateComplete;
    expect(shown(el)).to.match(/^Weiterlesen/);
    expect(el.text.text('count', { count: 3 })).to.equal('3 Ankündigungen');
    // de-AT groups thousands with a narrow space, de-DE with a dot: anything but the English comma.
    expect(el.text.text('count', { count: 20000 }), 'numbers follow the page locale').to.match(/^20[.\s\u00a0\u202f]000 Ankündigungen$/);
    container.setAttribute('lang', 'en');
    await waitUntil(() => shown(el)!.startsWith('Read more'));
    expect(el.text.text('count', { count: 20000 })).to.equal('20,000 announcements');
    configureAnnouncements({ strings: { en: { greeting: 'Details' } } });
    await waitUntil(() => shown(el)!.startsWith('Details'));
  });
});
