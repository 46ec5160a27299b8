// <announcement-list> with 1,000 announcements from a MemoryAdapter: the first render, from
// the moment the element is connected until all items are in the DOM and laid out; then a
// silent title fix of one announcement, from the adapter call until the new title is shown.
import { MemoryAdapter } from '../../src/entries/adapters-memory.js';
import '../../src/entries/list.js';
import { announcementRecords, publish, whenShadow } from '../shared.js';

const LIST_SIZE = 1000;
const CHANGED_TITLE = 'Office notice: the opening hours changed again';

const records = announcementRecords(LIST_SIZE);
const adapter = new MemoryAdapter(records);

const showsTitle = (root: ShadowRoot, title: string) =>
  Array.from(root.querySelectorAll('[part="item-title"]')).some((element) => element.textContent === title);

publish(
  (async () => {
    const list = document.createElement('announcement-list');
    list.adapter = adapter;
    const connected = performance.now();
    document.body.append(list);
    const rendered = await whenShadow(list, (root) => root.querySelectorAll('[part="item"]').length === LIST_SIZE);

    const target = records[LIST_SIZE / 2];
    const changed = performance.now();
    const shown = whenShadow(list, (root) => showsTitle(root, CHANGED_TITLE));
    await adapter.update(target.id, { title: CHANGED_TITLE, body: target.body, severity: target.severity, publishAt: null, expiresAt: null }, { notify: false });
    const updated = await shown;
    return { first: rendered - connected, update: updated - changed };
  })(),
);
