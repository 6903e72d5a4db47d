/**
 * A web-test-runner reporter that lists the tests (or parts of tests) skipped per browser, with
 * their one-line reasons, as logged by tests/helpers/skip.ts. The default reporter counts
 * skipped tests on its progress line; this says which and why, once, at the end.
 */
const MARK = '[mlo-skip]';

export function skipReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const lines = new Map();
      for (const session of sessions) {
        for (const log of session.logs ?? []) {
          const text = (Array.isArray(log) ? log : [log]).map(String).join(' ');
          if (!text.startsWith(MARK)) continue;
          lines.set(
            `${session.browser.name}: ${text.slice(MARK.length + 1).replace(/^\w+: /, '')}`,
            true,
          );
        }
      }
      const byBrowser = {};
      for (const line of lines.keys()) {
        const name = line.slice(0, line.indexOf(':'));
        byBrowser[name] = (byBrowser[name] ?? 0) + 1;
      }
      const counts = Object.entries(byBrowser)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ');
      console.log(
        `\nSkipped tests or parts of tests, with reasons: ${lines.size ? counts : 'none'}`,
      );
      for (const line of [...lines.keys()].sort()) console.log(`  - ${line}`);
    },
  };
}
