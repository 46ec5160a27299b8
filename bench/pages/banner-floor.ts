// The floor for the banner pages: a plain Lit element with the banner's markup and styles as
// constants, measured the same way.
import '../bare-elements.js';
import { publishBannerShown } from '../shared.js';

publishBannerShown('bare-banner');
