/**
 * Tests that cannot run (or partly run) in one engine say why, in one line, where they skip;
 * the line goes to the browser log with a marker that web-test-runner.config.mjs's skip
 * reporter counts and lists at the end of the run. Skipping is for what the test harness cannot
 * do in an engine (a driver without media emulation, say), never for a product difference:
 * those are fixed in src/.
 */

/** The engine running this test file. */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** The marker the skip reporter looks for (keep in sync with scripts/skip-reporter.mjs). */
export const SKIP_MARK = '[mlo-skip]';

function note(ctx: Mocha.Context, what: string, reason: string): void {
  console.log(
    `${SKIP_MARK} ${engine}: ${ctx.test?.fullTitle() ?? '(unknown test)'}${what}: ${reason}`,
  );
}

/** Skips the running test in the given engines, with a one-line reason. */
export function skipIn(engines: readonly string[], ctx: Mocha.Context, reason: string): void {
  if (!engines.includes(engine)) return;
  note(ctx, '', reason);
  ctx.skip();
}

/** Skips the running test in WebKit, with a one-line reason. */
export function skipInWebKit(ctx: Mocha.Context, reason: string): void {
  skipIn(['webkit'], ctx, reason);
}

/** Records that part of the running test (`what`) was not checked here; the rest still runs. */
export function partlySkipped(ctx: Mocha.Context, what: string, reason: string): void {
  note(ctx, ` (${what})`, reason);
}
