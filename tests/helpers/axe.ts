/**
 * axe-core run directly (not chai-a11y-axe) so the WCAG 2.2 rules, `target-size` among them,
 * are on: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa. Open shadow roots are checked too.
 */
import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}
type Axe = {
  run(context: Element, options: unknown): Promise<AxeResult>;
  configure(spec: { rules: { id: string; selector: string }[] }): void;
};

let axe: Axe | undefined;

/**
 * A search option is named by its title and described by its snippet, type and date (the APG
 * pattern: a clean name, in the item's language; tests/a11y/lang.test.ts checks the name is the
 * whole visible title). axe's label-content-name-mismatch takes every visible text of an element
 * for its label, so it skips exactly those: an option named by a part and described by the rest.
 * The same selector is in tests/e2e/stories.test.mjs and .storybook/preview.ts.
 */
export const OPTION_NAME_RULE = {
  id: 'label-content-name-mismatch',
  selector: ':not([role="option"][aria-labelledby][aria-describedby])',
};

export async function expectAccessible(element: Element): Promise<void> {
  if (!axe) {
    // @ts-expect-error axe-core's browser build registers itself on window.
    await import('axe-core/axe.min.js');
    axe = (window as unknown as { axe: Axe }).axe;
    axe.configure({ rules: [OPTION_NAME_RULE] });
  }
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  const report = result.violations.map(
    (v) =>
      `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(report, report.join('\n')).to.deep.equal([]);
}
