/**
 * Text for a person: the validation report, and every line the command writes to a terminal.
 * Feed data reaches these lines (ids, titles, languages, URLs, parser messages), and a feed's
 * control characters would reach the terminal with them: ESC [2J clears the screen, OSC 0 sets
 * the window title, OSC 52 writes the clipboard (#23). So every line goes through `printable`
 * here, in one place, rather than each field where it is quoted.
 */
import type { ValidationReport } from './validate.js';

/** A control character: C0 (tab, newline and carriage return too), DEL and C1. */
const CONTROL = /\p{Cc}/gu;
/** What `JSON.stringify` leaves raw: its newlines between values are the JSON's own. */
const DEL_AND_C1 = /[\u007f-\u009f]/g;
const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

/**
 * One line as visible notation: each control character as `\x1b` (C0, DEL) or `\u009b` (C1).
 * A newline inside the line is escaped too, so data cannot start a line of its own.
 */
function printable(line: string): string {
  return line.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x80 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/** Lines for a terminal: each one printable, each ending in a newline. */
export function textLines(lines: readonly string[]): string {
  return lines.map((line) => `${printable(line)}\n`).join('');
}

/**
 * JSON for a terminal or a file: the same value, with DEL and C1 characters written as `\u`
 * escapes (`JSON.stringify` escapes C0 only, and some terminals act on a raw U+009B as CSI).
 */
export function printableJson(json: string): string {
  return json.replace(DEL_AND_C1, (ch) => `\\u${hex(ch.charCodeAt(0), 4)}`);
}

/** The validation report as text for a person: what is wrong, where, and what to do. */

const MARK = { error: 'error  ', warning: 'warning', note: 'note   ' } as const;

export function formatReport(report: ValidationReport): string {
  const lines: string[] = [`${report.source}`];
  if (report.fatal) {
    const entry = report.entries[0];
    lines.push(`  cannot be read: ${report.fatal.message}`);
    if (entry?.hint) lines.push(`  hint: ${entry.hint}`);
    lines.push('', 'Result: the widgets would show an error (exit code 2).');
    return textLines(lines);
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
  if (report.files)
    lines.push(
      `  archive: ${report.files.length} files through next_url, ${report.files.reduce((n, f) => n + f.items, 0)} items`,
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
  return textLines(lines);
}
