// The banner as a portal page has it: a tag in the HTML, the default LocalAdapter (IndexedDB
// filled by an earlier visit). Reports when its region is in the DOM and laid out, counted
// from navigation start, and the layout shift of the page until it settled.
import '../../src/entries/banner.js';
import { publishBannerShown } from '../shared.js';

publishBannerShown('announcement-banner');
