/** Build-time only (scripts/gen-schema.mjs bundles it; nothing in src/ or dist/ imports it): the JSON Schema published as `mlo-newsroom/feed.schema.json`. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { FeedSchema } from './feed-schema.js';

export function feedJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(FeedSchema, { errorMode: 'ignore', target: 'draft-2020-12' }) as {
    properties: { items: { items: Record<string, unknown> } };
  };
  // Valibot's `check` (content_html or content_text) has no JSON Schema form of its own.
  schema.properties.items.items.anyOf = [
    { required: ['content_html'] },
    { required: ['content_text'] },
  ];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/mlo-newsroom/dist/feed.schema.json',
    title: 'mlo-newsroom feed: JSON Feed 1.1 with the _mlo extension',
    description:
      'A JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the optional _mlo extension for newsrooms: item types, image alt text and captions, quote speakers, visits and contact points. What a publisher should write; the widgets read more forgivingly. See docs/feed-format.md.',
    ...schema,
  };
}
