/**
 * The widgets on a page that show one feed URL, as one group: the feed's own news (loading, the
 * error, older data shown) is the same for all of them, so it is said once and offered once.
 * The group's leader (the first member in document order that speaks for the feed) announces
 * those states and carries the error notice's "Open the feed" and Retry; the others show the
 * notice's text only and stay quiet. Retry reloads every member: the page-wide request cache
 * (feed/cache.ts) shares the one request in flight. What is each widget's own (its empty
 * message, search counts) is still said by each.
 */
import { feedUrl } from '../feed/urls.js';

/** What the group needs from a member (a FeedController). */
export interface GroupMember {
  readonly host: HTMLElement;
  /** Whether it announces the feed's states (`mlo-search` does not: it speaks when used). */
  readonly speaks: boolean;
  reload(): Promise<void>;
  /** The group changed (a member came or went): the leader may be another one now. */
  regroup(): void;
}

const groups = new Map<string, Set<GroupMember>>();

/** The group key of a `src`: its absolute URL, as the request cache keys it. */
export function groupKey(src: string): string {
  try {
    return feedUrl(src);
  } catch {
    return src;
  }
}

/** Document order; members in other trees (another shadow root) keep the order they joined in. */
function byDocumentOrder(a: GroupMember, b: GroupMember): number {
  const position = a.host.compareDocumentPosition(b.host);
  if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return 0;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class FeedGroup {
  private key?: string;

  constructor(private readonly member: GroupMember) {}

  /** Joins the group of `src` (leaving any other); `undefined` leaves. */
  join(src: string | undefined): void {
    const key = src ? groupKey(src) : undefined;
    if (key === this.key) return;
    this.leave();
    if (key === undefined) return;
    this.key = key;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Set()));
    group.add(this.member);
    this.notify(group);
  }

  leave(): void {
    const key = this.key;
    if (key === undefined) return;
    const group = groups.get(key);
    this.key = undefined;
    if (!group) return;
    group.delete(this.member);
    if (group.size === 0) groups.delete(key);
    else this.notify(group);
  }

  private notify(group: Set<GroupMember>): void {
    for (const m of group) if (m !== this.member) m.regroup();
  }

  private get members(): GroupMember[] {
    const group = this.key === undefined ? undefined : groups.get(this.key);
    return group ? [...group].filter((m) => m.host.isConnected).sort(byDocumentOrder) : [];
  }

  /**
   * Whether this member speaks and acts for the feed: it is alone, or the first member that
   * speaks (the first of all when none does).
   */
  get leads(): boolean {
    const members = this.members;
    if (members.length < 2) return true;
    return (members.find((m) => m.speaks) ?? members[0]) === this.member;
  }

  /** Reloads every member (one shared request); resolves when all have settled. */
  async reloadAll(): Promise<void> {
    const members = this.members;
    if (!members.includes(this.member)) members.push(this.member);
    await Promise.all(members.map((m) => m.reload()));
  }
}
