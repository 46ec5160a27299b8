import { relative } from 'node:path';

// Server commands the browser tests call to emulate media features. Chromium's DevTools
// protocol can emulate them all; Firefox's WebDriver BiDi driver cannot, so the tests ask first
// and skip there, instead of calling a command that fails with a stack trace in the run's log.

/** Whether this test session's browser is driven through the DevTools protocol (Chromium). */
function devToolsPage(session) {
  const page = session.browser.getPage?.(session.id);
  return session.browser.name === 'Chrome' && typeof page?.createCDPSession === 'function' ? page : undefined;
}

/**
 * `executeServerCommand('can-emulate-media')`: `true` in Chromium, `false` where the driver
 * cannot emulate media features.
 */
export function mediaCapabilityCommand() {
  const toldAbout = new Set();
  return {
    name: 'can-emulate-media',
    executeCommand({ command, session }) {
      if (command !== 'can-emulate-media') return undefined;
      const able = devToolsPage(session) !== undefined;
      const key = `${session.browser.name} ${session.testFile}`;
      if (!able && !toldAbout.has(key)) {
        toldAbout.add(key);
        console.log(`${relative(process.cwd(), session.testFile)}: media emulation tests skipped in ${session.browser.name}, whose driver cannot emulate media features.`);
      }
      return able;
    },
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: neither the built-in media
 * command nor puppeteer knows `forced-colors`, but Chromium's DevTools protocol emulates it.
 * Answers `false` where it cannot.
 */
export function forcedColorsCommand() {
  const cdpSessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = devToolsPage(session);
      if (!page) return false;
      // The emulation lasts as long as the protocol session that set it, so keep it open.
      if (!cdpSessions.has(session.id)) cdpSessions.set(session.id, await page.createCDPSession());
      await cdpSessions.get(session.id).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
