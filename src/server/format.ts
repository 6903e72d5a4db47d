/** The validation report as text for a person: what is wrong, where, and what to do. */
import type { ValidationReport } from './validate.js';

const MARK = { error: 'error  ', warning: 'warning', note: 'note   ' } as const;

export function formatReport(report: ValidationReport): string {
  const lines: string[] = [`${report.source}`];
  if (report.fatal) {
    const entry = report.entries[0];
    lines.push(`  cannot be read: ${report.fatal.message}`);
    if (entry?.hint) lines.push(`  hint: ${entry.hint}`);
    lines.push('', 'Result: the widgets would show an error (exit code 2).');
    return `${lines.join('\n')}\n`;
  }
  const { items, widgets, types, skipped = [], entries } = report;
  lines.push(
    `  ${report.format === 'xml' ? 'RSS/Atom, read as JSON Feed' : 'JSON Feed'}: ${items?.total} items, ${items?.shown} shown, ${items?.skipped} skipped`,
  );
  if (types)
    lines.push(
      `  types: ${Object.entries(types)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  if (widgets) {
    lines.push('  each widget would show:');
    for (const [name, count] of Object.entries(widgets))
      lines.push(
        `    ${name.padEnd(17)} ${count} ${name === 'mlo-contact-card' ? 'contacts' : 'items'}`,
      );
  }
  if (skipped.length) {
    lines.push('', 'Skipped items:');
    for (const s of skipped)
      lines.push(
        `  $.items[${s.index}]${s.id ? ` (id "${s.id}")` : ''}${s.line ? ` line ${s.line}` : ''}: ${s.reasons.join('; ')}`,
      );
  }
  if (entries.length) {
    lines.push('', 'Problems:');
    for (const e of entries) {
      lines.push(
        `  ${MARK[e.severity]}  ${e.path}${e.line ? ` (line ${e.line})` : ''}: ${e.message}`,
      );
      if (e.hint) lines.push(`           hint: ${e.hint}`);
    }
  }
  const count = (s: string) => entries.filter((e) => e.severity === s).length;
  lines.push(
    '',
    `Result: ${count('error')} errors, ${count('warning')} warnings, ${count('note')} notes (exit code ${report.exitCode}).`,
  );
  return `${lines.join('\n')}\n`;
}
