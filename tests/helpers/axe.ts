/**
 * axe-core run directly (not chai-a11y-axe) so the WCAG 2.2 rules, `target-size` among them,
 * are on: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa. Open shadow roots are checked too.
 */
import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}
type Axe = { run(context: Element, options: unknown): Promise<AxeResult> };

let axe: Axe | undefined;

/**
 * `off`: rules a caller turns off with a reason at the call, for a pattern the rule's heuristic
 * misreads (each use says why and tests the property the rule stands for itself).
 */
export async function expectAccessible(element: Element, off: string[] = []): Promise<void> {
  if (!axe) {
    // @ts-expect-error axe-core's browser build registers itself on window.
    await import('axe-core/axe.min.js');
    axe = (window as unknown as { axe: Axe }).axe;
  }
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
    rules: Object.fromEntries(off.map((id) => [id, { enabled: false }])),
  });
  const report = result.violations.map(
    (v) =>
      `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(report, report.join('\n')).to.deep.equal([]);
}
