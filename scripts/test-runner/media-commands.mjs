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
  return devToolsCommand('emulate-forced-colors', (protocol, payload) =>
    protocol.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    }),
  );
}

/**
 * `executeServerCommand('emulate-touch', { active })`: a touch screen, so that
 * `(pointer: coarse)` matches and the 44 px targets for fingers can be looked at.
 */
export function touchCommand() {
  return devToolsCommand('emulate-touch', (protocol, payload) =>
    protocol.send('Emulation.setTouchEmulationEnabled', { enabled: payload?.active === true, maxTouchPoints: 5 }),
  );
}

/**
 * A command that sends `apply(protocolSession, payload)` through the DevTools protocol and
 * answers `true`, or `false` where the browser has no such protocol.
 */
function devToolsCommand(name, apply) {
  const protocolSessions = new Map();
  return {
    name,
    async executeCommand({ command, payload, session }) {
      if (command !== name) return undefined;
      const page = devToolsPage(session);
      if (!page) return false;
      // An emulation lasts as long as the protocol session that set it, so keep it open.
      if (!protocolSessions.has(session.id)) protocolSessions.set(session.id, await page.createCDPSession());
      await apply(protocolSessions.get(session.id), payload);
      return true;
    },
  };
}
