/**
 * A test-runner command: `executeServerCommand('emulate-forced-colors', { active })`. The stock
 * `emulateMedia` passes `forcedColors` to Playwright only, and puppeteer's own
 * `emulateMediaFeatures` refuses the feature, so this goes to the DevTools protocol directly.
 * Answers `true` when the browser emulates it (Chromium), `false` where it cannot (Firefox).
 */
export function forcedColorsPlugin() {
  return {
    name: 'mlo-emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || typeof page.createCDPSession !== 'function') return false;
      try {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      } catch {
        return false;
      }
    },
  };
}
