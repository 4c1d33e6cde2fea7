/**
 * Stories: the articles of several sources that report the same happening.
 *
 * Two articles tell the same story when they are dated at most STORY_DAYS
 * apart and either
 *   - share an event and most of their people and events (Jaccard ≥
 *     STORY_TAG_SIMILARITY over the two sets), or
 *   - share a person or event and much of their wording: the estimated Jaccard
 *     similarity of their word pairs (MinHash signatures, see
 *     src/taxonomy/near-duplicates.ts) at least STORY_TEXT_SIMILARITY.
 * A story is a group of articles joined that way, and spans at most
 * STORY_SPAN_DAYS, so that a long run of coverage is not chained into one.
 *
 * The thresholds, on the seeds: the three reports of Tô Lâm receiving
 * Mishustin on 14 January 2025 (000, 002, 004) share the visit and 5 of 6–8
 * people and events (Jaccard 0.63–0.83) and are dated a day apart; the preview
 * of the visit three days before (003) shares as much but is too early, and the
 * May report (001) months away. Their word pairs overlap by 0.08–0.29: reports
 * by different outlets reword one another, so wording alone joins only close
 * rewrites (a wire story and its copies), from 0.2, well above the 0.08 of
 * unrelated reports of one visit.
 */
import { slugify } from "../taxonomy/slugify.ts";
import { estimatedSimilarity } from "../taxonomy/near-duplicates.ts";
import type { Article, Story, Tag } from "./archive-types.ts";

export const STORY_DAYS = 2;
export const STORY_SPAN_DAYS = 3;
export const STORY_TAG_SIMILARITY = 0.5;
export const STORY_TEXT_SIMILARITY = 0.2;

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The people and events of an article, as one set. */
const subjectsOf = (article: Article): Set<Tag> => new Set([...article.tags.people, ...article.tags.events]);

function jaccard(a: ReadonlySet<Tag>, b: ReadonlySet<Tag>): number {
  let shared = 0;
  for (const tag of a) if (b.has(tag)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Whether two articles dated close together report the same happening. */
export function sameStory(
  a: Article,
  b: Article,
  subjects: (article: Article) => ReadonlySet<Tag>,
  signature: (article: Article) => Uint32Array | undefined,
): boolean {
  const mine = subjects(a);
  const theirs = subjects(b);
  const shared = [...mine].filter((tag) => theirs.has(tag));
  if (shared.length === 0) return false;
  if (shared.some((tag) => tag.kind === "events") && jaccard(mine, theirs) >= STORY_TAG_SIMILARITY) return true;
  const [first, second] = [signature(a), signature(b)];
  return first !== undefined && second !== undefined && estimatedSimilarity(first, second) >= STORY_TEXT_SIMILARITY;
}

/** Union–find over article indexes, each group keeping its first and last day. */
class Groups {
  private readonly parent: number[];
  readonly first: number[];
  readonly last: number[];

  constructor(days: readonly number[]) {
    this.parent = days.map((_, index) => index);
    this.first = [...days];
    this.last = [...days];
  }

  root(index: number): number {
    let at = index;
    while (this.parent[at] !== at) {
      this.parent[at] = this.parent[this.parent[at]!]!;
      at = this.parent[at]!;
    }
    return at;
  }

  /** Joins the groups of `a` and `b` unless the joined group would span more than `span` days. */
  join(a: number, b: number, span: number): void {
    const [ra, rb] = [this.root(a), this.root(b)];
    if (ra === rb) return;
    const first = Math.min(this.first[ra]!, this.first[rb]!);
    const last = Math.max(this.last[ra]!, this.last[rb]!);
    if (last - first > span) return;
    this.parent[rb] = ra;
    this.first[ra] = first;
    this.last[ra] = last;
  }
}

/** The slug of a title, cut at a word within 60 characters. */
function shortSlug(title: string): string {
  const slug = slugify(title) || "story";
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, Math.max(cut.lastIndexOf("-"), 1));
}

/** The shared people or events of a story's reports, those shared by most first. */
function sharedTags(articles: readonly Article[], kind: "people" | "events"): Tag[] {
  const counts = new Map<Tag, number>();
  for (const article of articles) for (const tag of article.tags[kind]) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count > 1)
    .sort((a, b) => b[1] - a[1])
    .map(([tag]) => tag);
}

/**
 * The stories of an archive (each with two articles or more), and each of
 * their articles' `story` set. `articles` newest first; about linear in their
 * number when a few are published a day.
 */
export function groupStories(articles: readonly Article[], signature: (article: Article) => Uint32Array | undefined): Story[] {
  const oldestFirst = [...articles].reverse();
  const days = oldestFirst.map((article) => dayOf(article.date));
  const subjects = new Map<Article, Set<Tag>>();
  const cachedSubjects = (article: Article): Set<Tag> => {
    let set = subjects.get(article);
    if (!set) {
      set = subjectsOf(article);
      subjects.set(article, set);
    }
    return set;
  };
  const groups = new Groups(days);
  for (let index = 0; index < oldestFirst.length; index += 1) {
    for (let other = index + 1; other < oldestFirst.length && days[other]! - days[index]! <= STORY_DAYS; other += 1) {
      if (sameStory(oldestFirst[index]!, oldestFirst[other]!, cachedSubjects, signature)) {
        groups.join(index, other, STORY_SPAN_DAYS);
      }
    }
  }

  const members = new Map<number, Article[]>();
  oldestFirst.forEach((article, index) => {
    const root = groups.root(index);
    const list = members.get(root) ?? [];
    list.push(article);
    members.set(root, list);
  });
  const stories: Story[] = [];
  const taken = new Set<string>();
  for (const group of members.values()) {
    if (group.length < 2) continue;
    const lead = group[0]!;
    const base = `${lead.date}-${shortSlug(lead.title)}`;
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    taken.add(slug);
    const story: Story = {
      slug,
      path: `/stories/${slug}/`,
      title: lead.title,
      articles: group,
      people: sharedTags(group, "people"),
      events: sharedTags(group, "events"),
    };
    for (const article of group) article.story = story;
    stories.push(story);
  }
  // Newest first, as every other list of the archive.
  return stories.sort((a, b) => b.articles[0]!.date.localeCompare(a.articles[0]!.date) || a.slug.localeCompare(b.slug));
}
