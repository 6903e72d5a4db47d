/**
 * schema.org's translation links for an item that has other language versions
 * (`_mlo.translations`): the original (the version published first, feed/translations.ts) has
 * `workTranslation`, each translation `translationOfWork`. Each version is named by its URL
 * (absolute http(s), through the allow-list) and language, as search engines match them.
 */
import { originalOf, otherVersions, translationGroups } from '../../../src/feed/translations.js';
import type { FeedItem } from '../../../src/feed/types.js';
import { safeUrl } from '../../../src/internal/safe-url.js';

type Json = Record<string, unknown>;

const absolute = (url: string | undefined) => {
  const safe = safeUrl(url);
  return safe && /^https?:\/\//i.test(safe) ? safe : undefined;
};

const ref = (url: string | undefined, language: string, title?: string): Json | undefined => {
  const href = absolute(url);
  if (!href) return undefined;
  return {
    '@type': 'NewsArticle',
    url: href,
    inLanguage: language,
    headline: title?.slice(0, 110),
  };
};

/** Looks items up in the whole feed (by id: the shown items may come from another read of it). */
export function translationLinks(all: readonly FeedItem[]): (item: FeedItem) => Json {
  const groups = translationGroups(all);
  const byId = new Map<string, FeedItem>();
  for (const item of all) if (!byId.has(item.id)) byId.set(item.id, item);
  return (shown) => {
    const item = byId.get(shown.id);
    const group = item && groups.get(item);
    if (!item || !group) return {};
    const original = originalOf(group);
    if (original !== item) {
      const of = ref(original.url, original.language ?? '', original.title);
      return of ? { translationOfWork: prune(of) } : {};
    }
    const versions = otherVersions(all, item)
      .map((v) => ref(v.item ? v.item.url : v.url, v.language, v.item?.title))
      .filter((v) => v !== undefined)
      .map(prune);
    return versions.length ? { workTranslation: versions } : {};
  };
}

const prune = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== ''));
