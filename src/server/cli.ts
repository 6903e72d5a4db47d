/**
 * The `mlo-newsroom` command: validate, convert and render a feed. Exit codes: 0 fine, 1 the feed
 * has problems (items skipped, fields dropped), 2 it cannot be read at all or the command was
 * used wrongly. Everything but the result goes to stderr, so `> file` gets only the result.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { matchLang } from '../i18n/languages.js';
import { convert, stringifyFeed } from './convert.js';
import { formatReport } from './format.js';
import { validate } from './validate.js';

/** The elements `render` knows; elements.ts (which loads Lit's SSR and jsdom) only when rendering. */
const ELEMENTS = [
  'mlo-news-list',
  'mlo-article',
  'mlo-quote',
  'mlo-visit-card',
  'mlo-contact-card',
  'mlo-search',
] as const;
type ElementName = (typeof ELEMENTS)[number];

const USAGE = `Usage:
  mlo-newsroom validate <file|url> [--json] [--strict] [--base-url URL]
  mlo-newsroom convert <file|url> [-o feed.json] [--base-url URL]
  mlo-newsroom render <file|url> --element NAME [--lang en|sr-Latn|sr-Cyrl] [--limit N]
                      [--item ID] [--json-ld] [--layout L] [--base-url URL] [-o out.html]

  Elements: ${ELEMENTS.join(', ')}
  Common: --timeout MS (URLs, default 10000), --max-bytes N (default 5 MB)
  Exit codes: 0 fine; 1 items skipped or fields dropped; 2 the feed cannot be read`;

export async function main(
  argv: string[],
  io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
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
        'json-ld': { type: 'boolean' },
        'base-url': { type: 'string' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  const [command, source] = positionals;
  if (values.help) {
    io.out.write(`${USAGE}\n`);
    return 0;
  }
  if (!command || !source || positionals.length > 2) {
    io.err.write(`${USAGE}\n`);
    return 2;
  }
  const common = {
    baseUrl: values['base-url'],
    timeoutMs: values.timeout ? Number(values.timeout) : undefined,
    maxBytes: values['max-bytes'] ? Number(values['max-bytes']) : undefined,
  };
  const emit = async (text: string) => {
    if (values.output) await writeFile(values.output, text);
    else io.out.write(text);
  };
  try {
    switch (command) {
      case 'validate': {
        const report = await validate(source, { ...common, strict: values.strict });
        io.out.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
        return report.exitCode;
      }
      case 'convert':
        await emit(
          stringifyFeed(
            await convert(source, {
              ...common,
              onNote: (note) => io.err.write(`mlo-newsroom: note: ${note}\n`),
            }),
          ),
        );
        return 0;
      case 'render': {
        const element = values.element as ElementName | undefined;
        if (!element || !ELEMENTS.includes(element)) {
          io.err.write(`render needs --element, one of: ${ELEMENTS.join(', ')}\n`);
          return 2;
        }
        const lang = values.lang === undefined ? 'en' : matchLang(values.lang);
        if (!lang) {
          io.err.write(`--lang must be en, sr-Latn or sr-Cyrl (got "${values.lang}")\n`);
          return 2;
        }
        const { render } = await import('./render.js');
        await emit(
          await render(source, {
            ...common,
            element,
            lang,
            limit: values.limit ? Number(values.limit) : undefined,
            item: values.item,
            jsonLd: values['json-ld'],
            attributes: values.layout ? { layout: values.layout } : undefined,
          }),
        );
        return 0;
      }
      default:
        io.err.write(`Unknown command "${command}".\n\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    io.err.write(`mlo-newsroom: ${(error as Error).message}\n`);
    return 2;
  }
}
