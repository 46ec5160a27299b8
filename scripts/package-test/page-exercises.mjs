// The browser side: what runs in the page to try each entry like a portal would.
// These functions run in the page (puppeteer serialises them): they may only use their
// arguments and what the page defines, so this module must import nothing.

/** Installed before any page script: helpers the checks share. */
export function pageHelpers() {
  const stamp = new Date(Date.now() - 60_000).toISOString();
  window.packageTest = {
    record: (index) => ({
      id: `packed-${index}`,
      title: `Packed announcement ${index}`,
      body: `The **packed** package works (${index}).`,
      severity: 'info',
      publishAt: null,
      expiresAt: null,
      createdAt: stamp,
      updatedAt: stamp,
      revisedAt: stamp,
      version: `v${index}`,
    }),
    /** An adapter written by a portal: a plain object, optionally with the write methods. */
    adapter(records, writable = false) {
      const data = records.map((record) => ({ ...record }));
      const reader = { list: async () => data.map((record) => ({ ...record })) };
      if (!writable) return reader;
      return {
        ...reader,
        create: async () => Promise.reject(new Error('not used')),
        update: async () => Promise.reject(new Error('not used')),
        remove: async () => Promise.reject(new Error('not used')),
      };
    },
    /**
     * Renders `component` with `props` into a new container with the page's react-dom; resolves
     * to the container and a function that unmounts and removes it.
     */
    renderReact(component, props) {
      const { React, createRoot } = window.reactTools;
      const host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      root.render(React.createElement(component, props));
      return {
        host,
        remove() {
          root.unmount();
          host.remove();
        },
      };
    },
    /**
     * Fails when `element` renders a custom element that is not defined: a bundler dropped the
     * module that defines it (its file is missing from `sideEffects`, or its import was lost).
     */
    expectInnerElementsDefined(element) {
      const undefinedTags = [...element.shadowRoot.querySelectorAll('*')].map((node) => node.localName).filter((tag) => tag.includes('-') && !customElements.get(tag));
      if (undefinedTags.length) throw new Error(`<${element.localName}> renders undefined <${[...new Set(undefinedTags)].join('>, <')}>`);
    },
    /** Clicks the editor's Create announcement and waits for its panel to open. */
    async openCreatePanel(editor) {
      editor.shadowRoot.querySelector('[part="create-button"]').click();
      await this.until('the create panel to open', () => editor.shadowRoot.querySelector('announcement-editor-panel')?.shadowRoot?.querySelector('dialog')?.open);
    },
    /** Polls until `test()` is truthy; fails after a few seconds saying what it waited for. */
    async until(what, test, timeoutMs = 8000) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const value = test();
        if (value) return value;
        if (performance.now() > deadline) throw new Error(`gave up waiting for ${what}`);
        await new Promise((done) => setTimeout(done, 20));
      }
    },
  };
}

/** Tries what a portal would do with the entry. Returns one result per step. */
export async function exerciseEntry({ steps, tags, allTags, classNames }) {
  const m = window.packageEntry;
  const t = window.packageTest;
  const results = [];
  const step = async (name, run) => {
    try {
      results.push({ name, ok: true, detail: (await run()) ?? '' });
    } catch (error) {
      results.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });
    }
  };
  const fail = (message) => {
    throw new Error(message);
  };
  const identity = (element) => {
    element.user = 'package-test';
    element.session = crypto.randomUUID();
    return element;
  };

  await step(tags.length ? `defines <${tags.join('>, <')}>` : 'defines no element', () => {
    for (const tag of tags) {
      const definition = customElements.get(tag);
      if (!definition) fail(`<${tag}> is not defined`);
      if (!(definition.prototype instanceof HTMLElement)) fail(`<${tag}> is not an HTMLElement`);
      const exported = m[classNames[tag]];
      if (exported && exported !== definition) fail(`${classNames[tag]} is not the class registered for <${tag}>`);
    }
    const extra = allTags.filter((tag) => !tags.includes(tag) && customElements.get(tag));
    if (tags.length === 0 && extra.length) fail(`defines <${extra.join('>, <')}>`);
    return extra.length ? `also defines <${extra.join('>, <')}>` : '';
  });

  const exercises = {
    banner: async () => {
      const record = t.record(1);
      const banner = identity(document.createElement('announcement-banner'));
      banner.adapter = t.adapter([record]);
      document.body.append(banner);
      await t.until('the banner to show the announcement', () => banner.shadowRoot?.querySelector('[part="base"]')?.textContent.includes(record.title));
      banner.remove();
      return 'shows an announcement from a plain adapter';
    },
    'banner-configured': async () => {
      const record = t.record(2);
      m.configureAnnouncements({ adapter: new m.MemoryAdapter([record]), user: 'package-test', session: crypto.randomUUID() });
      const banner = document.createElement('announcement-banner');
      document.body.append(banner);
      await t.until('the banner to show the announcement', () => banner.shadowRoot?.querySelector('[part="base"]')?.textContent.includes(record.title));
      banner.remove();
      return 'configureAnnouncements + MemoryAdapter + <announcement-banner> shows it';
    },
    sidebar: async () => {
      const record = t.record(3);
      const sidebar = identity(document.createElement('announcement-sidebar'));
      sidebar.adapter = t.adapter([record]);
      document.body.append(sidebar);
      await sidebar.show(record.id);
      const root = sidebar.shadowRoot;
      if (!sidebar.open || !root.querySelector('dialog')?.open) fail('show() did not open the dialog');
      await t.until('the Markdown description (rich-text renderer, loaded lazily)', () => root.querySelector('[part="description"] strong')?.textContent === 'packed');
      sidebar.hide();
      if (sidebar.open) fail('hide() did not close it');
      sidebar.remove();
      return 'show() opens it with the Markdown rendered, hide() closes it';
    },
    list: async () => {
      const list = identity(document.createElement('announcement-list'));
      list.adapter = t.adapter([t.record(4), t.record(5)]);
      document.body.append(list);
      await t.until('two list items', () => list.shadowRoot?.querySelectorAll('[part="item"]').length === 2);
      list.remove();
      return 'lists two announcements from a plain adapter';
    },
    editor: async () => {
      const record = t.record(6);
      const editor = document.createElement('announcement-editor');
      editor.adapter = t.adapter([record], true);
      document.body.append(editor);
      await t.until("the editor's row", () =>
        Array.from(editor.shadowRoot?.querySelectorAll('[part="row-title"]') ?? []).some((title) => title.textContent.includes(record.title)),
      );
      t.expectInnerElementsDefined(editor);
      await t.openCreatePanel(editor);
      editor.remove();
      return 'lists an announcement from a writable plain adapter; Create announcement opens its panel';
    },
    local: async () => {
      const adapter = new m.LocalAdapter({ name: `package-test-${crypto.randomUUID()}` });
      const created = await adapter.create({ title: 'Stored by the packed package', body: 'Hello', severity: 'warning' });
      const listed = await adapter.list();
      if (!listed.some((announcement) => announcement.id === created.id)) fail('list() does not return what create() stored');
      return 'new LocalAdapter(): create() then list() round-trips through IndexedDB';
    },
    memory: async () => {
      const adapter = new m.MemoryAdapter([t.record(7)]);
      const updated = await adapter.update('packed-7', { title: 'Renamed' });
      const listed = await adapter.list();
      if (listed.length !== 1 || listed[0].title !== 'Renamed' || updated.title !== 'Renamed') fail('update() was not applied');
      return 'new MemoryAdapter([record]): update() then list()';
    },
    rest: async () => {
      const requests = [];
      const adapter = new m.RestAdapter({
        baseUrl: '/api/announcements',
        cache: false,
        live: 'none',
        retry: false,
        fetch: async (input) => {
          requests.push(String(input instanceof Request ? input.url : input));
          return new Response(JSON.stringify([t.record(8)]), { status: 200, headers: { 'content-type': 'application/json' } });
        },
      });
      const listed = await adapter.list();
      if (listed.length !== 1 || listed[0].id !== 'packed-8') fail(`list() returned ${JSON.stringify(listed)}`);
      if (!requests.some((url) => url.endsWith('/api/announcements'))) fail(`asked ${requests.join(', ') || 'nothing'}`);
      return 'new RestAdapter({ baseUrl, fetch }): list() reads the answer';
    },
    'react-banner': async () => {
      const record = t.record(9);
      const dismissals = [];
      const { host, remove } = t.renderReact(m.AnnouncementBannerComponent, {
        adapter: t.adapter([record]),
        user: 'package-test',
        session: crypto.randomUUID(),
        onAnnouncementDismiss: (event) => dismissals.push(event),
      });
      const banner = await t.until('the React-rendered banner to show the announcement', () => {
        const element = host.querySelector('announcement-banner');
        return element?.shadowRoot?.querySelector('[part="base"]')?.textContent.includes(record.title) && element;
      });
      banner.shadowRoot.querySelector('[part="close-button"]').click();
      const [dismissal] = await t.until('onAnnouncementDismiss to be called', () => dismissals.length > 0 && dismissals);
      if (!(dismissal instanceof m.AnnouncementDismissEvent)) fail('onAnnouncementDismiss did not receive the exported AnnouncementDismissEvent');
      if (dismissal.source !== 'close' || dismissal.announcement.id !== record.id) fail(`dismissed ${dismissal.announcement?.id} by ${dismissal.source}`);
      remove();
      return '<AnnouncementBannerComponent onAnnouncementDismiss={…}> shows it; Close calls the handler with an AnnouncementDismissEvent';
    },
    'react-sidebar': async () => {
      const record = t.record(10);
      const { React } = window.reactTools;
      const ref = React.createRef();
      const { remove } = t.renderReact(m.AnnouncementSidebarComponent, { ref, adapter: t.adapter([record]), user: 'package-test', session: crypto.randomUUID() });
      const sidebar = await t.until('the React ref to the sidebar', () => ref.current);
      await sidebar.show(record.id);
      await t.until('the Markdown description', () => sidebar.shadowRoot.querySelector('[part="description"] strong')?.textContent === 'packed');
      sidebar.hide();
      remove();
      return '<AnnouncementSidebarComponent ref={…}>: ref.current.show(id) opens it with the Markdown rendered';
    },
    'react-list': async () => {
      const { host, remove } = t.renderReact(m.AnnouncementListComponent, { adapter: t.adapter([t.record(11)]), user: 'package-test', session: crypto.randomUUID() });
      await t.until('the React-rendered list to show its item', () => host.querySelector('announcement-list')?.shadowRoot?.querySelectorAll('[part="item"]').length === 1);
      remove();
      return '<AnnouncementListComponent adapter={…}> renders its item with react-dom';
    },
    'react-editor': async () => {
      const record = t.record(12);
      const { host, remove } = t.renderReact(m.AnnouncementEditorComponent, { adapter: t.adapter([record], true) });
      const editor = await t.until("the React-rendered editor's row", () => {
        const element = host.querySelector('announcement-editor');
        const titles = Array.from(element?.shadowRoot?.querySelectorAll('[part="row-title"]') ?? []);
        return titles.some((title) => title.textContent.includes(record.title)) && element;
      });
      t.expectInnerElementsDefined(editor);
      await t.openCreatePanel(editor);
      remove();
      return '<AnnouncementEditorComponent adapter={…}> lists an announcement; Create announcement opens its panel';
    },
  };
  for (const name of steps) await step(`works: ${name}`, exercises[name]);
  return { results, exportNames: Object.keys(m).sort() };
}
