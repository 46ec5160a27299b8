import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementSeed } from '../../src/model/seed.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import { SEVERITIES } from '../../src/model/announcement.js';
import { part, until } from '../helpers/dom.js';
import { mount } from '../helpers/mount.js';
import { applyLook, expectLook, LOOKS, resetLook } from './look.js';
import { LONG_BODY } from './sample-announcements.js';

const STAMP = '2026-03-02T08:00:00.000Z';

async function bannerOf(seeds: AnnouncementSeed[], placement = 'inline'): Promise<AnnouncementBanner> {
  const adapter = new MemoryAdapter(seeds.map((seed, index) => ({ id: `a${index}`, createdAt: STAMP, ...seed })));
  const banner = await mount<AnnouncementBanner>(
    html`<announcement-banner placement=${placement} .adapter=${adapter} session=${crypto.randomUUID()} user=${crypto.randomUUID()}></announcement-banner>`,
  );
  await until(() => part(banner, 'base'), 'the banner did not show');
  return banner;
}

const THREE: AnnouncementSeed[] = [
  { title: 'Office closed on Friday', severity: 'warning', body: 'We are back on **Monday** at nine.' },
  { title: 'New deadlines for advance VAT returns', severity: 'info', body: LONG_BODY },
  { title: 'New document upload', severity: 'success', body: 'Select the files\n\nQuestions? Call us.' },
];

describe('the banner looks as designed', () => {
  afterEach(resetLook);

  for (const severity of SEVERITIES) {
    it(`${severity}`, async () => {
      await applyLook({});
      const banner = await bannerOf([{ title: `A ${severity} announcement`, severity, body: 'Back on **Monday**. Questions? Call us.' }]);
      await expectLook(banner, `banner-${severity}`);
    });
  }

  for (const [name, look] of Object.entries(LOOKS)) {
    it(`pager, ${name}`, async () => {
      await applyLook(look);
      const banner = await bannerOf(
        look.lang === 'de'
          ? [
              { title: 'Büro am Freitag geschlossen', severity: 'warning', body: 'Wir sind am **Montag** um neun wieder da.' },
              { title: 'Neue Fristen für die Umsatzsteuervoranmeldung', severity: 'info', body: 'Ab 1. Januar ist die Umsatzsteuervoranmeldung bis zum 10. des Folgemonats fällig.' },
            ]
          : THREE,
      );
      await expectLook(banner, `banner-pager-${name}`);
    });
  }

  it('long title without a description', async () => {
    await applyLook(LOOKS.phone);
    const banner = await bannerOf([{ title: 'Our offices are closed between Christmas and New Year; urgent matters reach us by phone every weekday from nine to twelve', severity: 'critical' }]);
    await expectLook(banner, 'banner-long-title-phone');
  });

  it('on a touch screen: 44 px targets', async () => {
    await applyLook(LOOKS.phone);
    await executeServerCommand('emulate-touch', { active: true });
    try {
      expect(matchMedia('(pointer: coarse)').matches, 'the touch screen is emulated').to.equal(true);
      const banner = await bannerOf(THREE);
      for (const name of ['read-more-button', 'previous-button', 'next-button', 'close-button']) {
        const box = part(banner, name)!.getBoundingClientRect();
        expect(Math.min(box.width, box.height), name).to.be.at.least(44);
      }
      await expectLook(banner, 'banner-pager-touch');
    } finally {
      await executeServerCommand('emulate-touch', { active: false });
    }
  });

  it('fixed at the top, edge to edge', async () => {
    await applyLook({});
    const banner = await bannerOf(THREE.slice(0, 1), 'top');
    await expectLook(part(banner, 'base')!, 'banner-top');
  });
});
