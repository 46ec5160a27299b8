// The banner as a portal page has it: a tag in the HTML, the default LocalAdapter (IndexedDB
// filled by an earlier visit). Reports when its region is in the DOM and laid out, counted
// from navigation start, and the layout shift of the page until it settled.
import '../../src/entries/banner.js';
import { delay, layoutShiftObserver, nextFrame, publish, whenShadow } from '../shared.js';

const shifts = layoutShiftObserver();
const banner = document.querySelector('announcement-banner')!;

publish(
  (async () => {
    const visible = await whenShadow(banner, (root) => root.querySelector('[part="base"]') !== null);
    await nextFrame();
    await delay(50);
    return { visible, cls: shifts.total() };
  })(),
);
