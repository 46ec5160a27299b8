/**
 * Where the renderer shows a CommonMark example differently from the specification on
 * purpose, and why. Every example not listed here must match the spec's HTML once the
 * choices that apply to every example are made (see `expectedDom`).
 */

/** Schemes a link may use; any other link keeps its text and loses the link. */
export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

export interface Deviation {
  reason: string;
  examples: number[];
}

export const DEVIATIONS: readonly Deviation[] = [
  {
    reason:
      'Raw HTML is shown as the text the author typed, never interpreted: announcement text is ' +
      'untrusted, and a tag, comment or attribute could otherwise reach every client page.',
    examples: [
    21, 31, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164,
    165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183,
    184, 185, 186, 187, 188, 189, 190, 191, 201, 308, 309, 344, 475, 476, 477, 491, 494, 524, 536,
    613, 614, 615, 616, 617, 623, 625, 626, 627, 628, 629, 630, 631, 642, 643,
    ],
  },
  {
    reason:
      'Bare URLs and e-mail addresses become links, as on GitHub (the GFM autolink extension): ' +
      'staff paste addresses without angle brackets.',
    examples: [608, 611, 612],
  },
];
