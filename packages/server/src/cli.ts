/**
 * The `mlo-newsroom` command: validate, convert and render a feed. Exit codes: 0 fine, 1 the feed
 * has problems (items skipped, fields dropped), 2 it cannot be read at all or the command was
 * used wrongly. Everything but the result goes to stderr, so `> file` gets only the result.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { matchLang } from '../../../src/i18n/languages.js';
import { convert, stringifyFeed } from './convert.js';
import { formatReport, printableJson, textLines } from './format.js';
import { ELEMENT_NAMES, isElementName } from './element-names.js';
import { validate } from './validate.js';

const USAGE = `Usage:
  mlo-newsroom validate <file|url> [--json] [--strict] [--base-url URL] [--follow [N]]
  mlo-newsroom convert <file|url> [-o feed.json] [--base-url URL]
  mlo-newsroom render <file|url> --element NAME [--lang en|sr-Latn|sr-Cyrl] [--limit N]
                      [--item ID] [--json-ld] [--layout L] [--action URL] [--base-url URL]
                      [--src URL --refresh SECONDS] [--filters "type tag year"]
                      [--follow] [--no-pins] [-o out.html]
  mlo-newsroom index <file|url|dir>... -o DIR [--base-url URL]

  Elements: ${ELEMENT_NAMES.join(', ')}
  Common: --timeout MS (URLs, default 10000), --max-bytes N (default 5 MB)
  Exit codes: 0 fine; 1 items skipped or fields dropped; 2 the feed cannot be read`;
const USAGE_LINES = USAGE.split('\n');

/**
 * The numeric flags: whole numbers written in digits, within these bounds. Anything else exits 2
 * rather than being read as no limit (`Number('abc')` is NaN, and `size > NaN` is never true).
 */
const NUMERIC = {
  timeout: { min: 1, max: 2 ** 31 - 1, unit: 'milliseconds' },
  'max-bytes': { min: 1, max: Number.MAX_SAFE_INTEGER, unit: 'bytes' },
  limit: { min: 1, max: Number.MAX_SAFE_INTEGER, unit: 'items' },
  refresh: { min: 5, max: 86_400, unit: 'seconds' },
  follow: { min: 1, max: 100, unit: 'files' },
} as const;

/** Each numeric flag given, as a number; a message for the first that is not one. */
function numericFlags(
  values: Partial<Record<keyof typeof NUMERIC, string>>,
): Partial<Record<keyof typeof NUMERIC, number>> | string {
  const out: Partial<Record<keyof typeof NUMERIC, number>> = {};
  for (const [flag, { min, max, unit }] of Object.entries(NUMERIC)) {
    const raw = values[flag as keyof typeof NUMERIC];
    if (raw === undefined) continue;
    const value = /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
    if (!(value >= min && value <= max))
      return `--${flag} must be a whole number of ${unit} from ${min} to ${max} (got "${raw}")`;
    out[flag as keyof typeof NUMERIC] = value;
  }
  return out;
}

/** `--follow` without a count follows the whole archive (as far as the widgets would: 100 files). */
function withFollowCount(argv: string[]): string[] {
  return argv.flatMap((arg, i) =>
    arg === '--follow' && !/^\d+$/.test(argv[i + 1] ?? '') ? [arg, '100'] : [arg],
  );
}

export async function main(
  argv: string[],
  io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  // Every line for a person goes through textLines: feed data never prints a control character,
  // nor a newline of its own (it is shown as \x0a: one line stays one line).
  const say = (stream: NodeJS.WritableStream, ...lines: string[]) => stream.write(textLines(lines));
  let args;
  try {
    args = parseArgs({
      args: withFollowCount(argv),
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        element: { type: 'string', short: 'e' },
        lang: { type: 'string' },
        limit: { type: 'string' },
        item: { type: 'string' },
        layout: { type: 'string' },
        action: { type: 'string' },
        src: { type: 'string' },
        refresh: { type: 'string' },
        follow: { type: 'string' },
        filters: { type: 'string' },
        'no-pins': { type: 'boolean' },
        'json-ld': { type: 'boolean' },
        'base-url': { type: 'string' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    say(io.err, (error as Error).message, '', ...USAGE_LINES);
    return 2;
  }
  const { values, positionals } = args;
  const [command, source] = positionals;
  if (values.help) {
    say(io.out, ...USAGE_LINES);
    return 0;
  }
  if (!command || !source || (positionals.length > 2 && command !== 'index')) {
    say(io.err, ...USAGE_LINES);
    return 2;
  }
  const numbers = numericFlags(values);
  if (typeof numbers === 'string') {
    say(io.err, numbers);
    return 2;
  }
  const common = {
    baseUrl: values['base-url'],
    timeoutMs: numbers.timeout,
    maxBytes: numbers['max-bytes'],
  };
  const emit = async (text: string) => {
    if (values.output) await writeFile(values.output, text);
    else io.out.write(text);
  };
  try {
    switch (command) {
      case 'validate': {
        const report = await validate(source, {
          ...common,
          strict: values.strict,
          follow: numbers.follow,
        });
        io.out.write(
          values.json
            ? `${printableJson(JSON.stringify(report, null, 2))}\n`
            : formatReport(report),
        );
        return report.exitCode;
      }
      case 'convert':
        await emit(
          printableJson(
            stringifyFeed(
              await convert(source, {
                ...common,
                onNote: (note) => say(io.err, `mlo-newsroom: note: ${note}`),
              }),
            ),
          ),
        );
        return 0;
      case 'render': {
        const element = values.element;
        if (!isElementName(element)) {
          say(io.err, `render needs --element, one of: ${ELEMENT_NAMES.join(', ')}`);
          return 2;
        }
        const lang = values.lang === undefined ? 'en' : matchLang(values.lang);
        if (!lang) {
          say(io.err, `--lang must be en, sr-Latn or sr-Cyrl (got "${values.lang}")`);
          return 2;
        }
        const { render } = await import('./render.js');
        await emit(
          await render(source, {
            ...common,
            element,
            lang,
            limit: numbers.limit,
            item: values.item,
            jsonLd: values['json-ld'],
            // `action`: <mlo-search>'s form to your search page, which works before the script.
            // `src` and `refresh`: the widget goes on following the feed after it takes over.
            attributes: {
              layout: values.layout,
              action: values.action,
              src: values.src,
              refresh: numbers.refresh === undefined ? undefined : String(numbers.refresh),
              // The news list's filter bar, follow links (`--follow`, as validate's flag) and pins.
              filters: values.filters,
              follow: values.follow === undefined ? undefined : '',
              'no-pins': values['no-pins'] ? '' : undefined,
            },
            onNote: (note) => say(io.err, `mlo-newsroom: note: ${note}`),
          }),
        );
        return 0;
      }
      case 'index': {
        if (!values.output) {
          say(io.err, 'index needs -o DIR, the folder to write the index to');
          return 2;
        }
        const { writeIndex } = await import('./index-command.js');
        const done = await writeIndex(positionals.slice(1), values.output, {
          ...common,
          onNote: (note) => say(io.err, `mlo-newsroom: note: ${note}`),
        });
        say(
          io.err,
          `mlo-newsroom: indexed ${done.items} items from ${done.feeds} files into ${done.files} files (${done.bytes} bytes);` +
            ` left out ${done.drafts} drafts, ${done.future} dated in the future, ${done.duplicates} repeated ids`,
        );
        return 0;
      }
      default:
        say(io.err, `Unknown command "${command}".`, '', ...USAGE_LINES);
        return 2;
    }
  } catch (error) {
    say(io.err, `mlo-newsroom: ${(error as Error).message}`);
    return 2;
  }
}
