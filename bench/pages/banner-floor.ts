// The floor for the banner pages: a plain Lit element with the banner's markup and styles as
// constants, measured the same way.
import '../bare-elements.js';
import { delay, layoutShiftObserver, nextFrame, publish, whenShadow } from '../shared.js';

const shifts = layoutShiftObserver();
const banner = document.querySelector('bare-banner')!;

publish(
  (async () => {
    const visible = await whenShadow(banner, (root) => root.querySelector('[part="base"]') !== null);
    await nextFrame();
    await delay(50);
    return { visible, cls: shifts.total() };
  })(),
);
