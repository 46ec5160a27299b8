// The floor for the list: a plain Lit list with the same markup and styles rendering the same
// 1,000 items from a constant, then one item's new title.
import { bareItems } from '../bare-elements.js';
import { announcementRecords, publish, whenShadow } from '../shared.js';

const LIST_SIZE = 1000;
const CHANGED_TITLE = 'Office notice: the opening hours changed again';

const items = bareItems(announcementRecords(LIST_SIZE));

const showsTitle = (root: ShadowRoot, title: string) =>
  Array.from(root.querySelectorAll('[part="item-title"]')).some((element) => element.textContent === title);

publish(
  (async () => {
    const list = document.createElement('bare-list');
    list.items = items;
    const connected = performance.now();
    document.body.append(list);
    const rendered = await whenShadow(list, (root) => root.querySelectorAll('[part="item"]').length === LIST_SIZE);

    const changed = performance.now();
    const shown = whenShadow(list, (root) => showsTitle(root, CHANGED_TITLE));
    const position = LIST_SIZE / 2;
    list.items = items.map((item, index) => (index === position ? { ...item, title: CHANGED_TITLE } : item));
    const updated = await shown;
    return { first: rendered - connected, update: updated - changed };
  })(),
);
