import type { Announcement } from '../../src/model/announcement.js';

/** Fixed dates, far from today in both directions, so every screenshot shows the same text on any day. */
const record = (id: string, title: string, fields: Partial<Announcement> = {}): Announcement => ({
  id,
  title,
  body: '',
  severity: 'info',
  publishAt: null,
  expiresAt: null,
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  revisedAt: '2026-03-02T08:00:00.000Z',
  version: `${id}-1`,
  language: null,
  variants: [],
  audience: { kind: 'all' },
  dismissal: 'session',
  ...fields,
});

export const LONG_BODY = `## What changes

From 1 January, advance VAT returns (Umsatzsteuervoranmeldung) are due on the **10th** of the following month.

### What you need to do

1. Check your bank details in the portal.
2. Upload your receipts by the 5th.

> Late returns may incur a surcharge of up to 10 %.

| Month | Due |
| --- | --- |
| January | 10 February |
| February | 10 March |

\`\`\`
Reference: VAT-2027-01
\`\`\`

---

Questions? Write to [our office](https://example.com/contact) or call us.`;

export function sampleAnnouncements(): Announcement[] {
  return [
    record('closed', 'Office closed on Friday', { severity: 'warning', body: 'We are back on **Monday**.', expiresAt: '2099-12-31T22:59:59.999Z', revisedAt: '2026-03-04T08:00:00.000Z' }),
    record('vat', 'New deadlines for advance VAT returns', { severity: 'critical', body: LONG_BODY, revisedAt: '2026-03-03T08:00:00.000Z' }),
    record('portal', 'New document upload', { severity: 'success', body: 'Select the files\n\nQuestions? Call us.', publishAt: '2099-06-01T22:00:00.000Z', revisedAt: '2026-03-02T09:00:00.000Z' }),
    record('hours', 'Tax return deadline passed', { severity: 'info', expiresAt: '2026-01-31T22:59:59.999Z' }),
  ];
}
