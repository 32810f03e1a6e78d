import { fold } from "../lib/fold";
import { bucketOf, GRANULARITIES, type Granularity } from "../lib/date-buckets";
import type { ClaimDoc, DATE_BUCKET_FIELDS, SentenceDoc, SpeakerKind } from "../meili/schema";
import { sha1 } from "./ids";
import { type Keep, keepInMemory } from "./read/spool";

/** A sentence reported once: a claim of one version, the same as its sentence. */
export function singleClaim(doc: SentenceDoc): ClaimDoc {
  const dates = new ClaimDates();
  dates.add(doc);
  return {
    ...withoutLists(doc),
    article: [doc.article],
    headArticle: doc.article,
    versions: 1,
    ...(doc.source ? { source: [doc.source] } : {}),
    ...dates.fields(),
  };
}

/** A sentence without the fields a claim holds as lists of its versions' (dates, outlet). */
function withoutLists(doc: SentenceDoc): Omit<SentenceDoc, "source" | (typeof DATE_BUCKET_FIELDS)[number]> {
  const { dateTs: _t, day: _d, week: _w, month: _m, year: _y, source: _s, ...rest } = doc;
  return rest;
}

/** When a claim's versions were published: each moment once, and the earliest version. */
class ClaimDates {
  private readonly moments: number[] = [];
  private first?: NonNullable<ClaimDoc["first"]>;

  add(doc: SentenceDoc): void {
    if (doc.dateTs === undefined || doc.date === undefined) return;
    addOnce(this.moments, doc.dateTs);
    // Ties go to the smaller sentence id, so the order versions come in changes nothing.
    const f = this.first;
    if (!f || doc.dateTs < f.dateTs || (doc.dateTs === f.dateTs && doc.id < f.id)) {
      this.first = { dateTs: doc.dateTs, date: doc.date, article: doc.article, articleId: doc.articleId, id: doc.id };
    }
  }

  fields(): Pick<ClaimDoc, (typeof DATE_BUCKET_FIELDS)[number] | "first" | "lastTs"> {
    if (!this.first) return {};
    const moments = [...this.moments].sort((a, b) => a - b);
    const spans = Object.fromEntries(GRANULARITIES.map((g) => [g, [...new Set(moments.map((t) => bucketOf(t, g)))]]));
    return {
      dateTs: moments,
      ...(spans as Record<Granularity, string[]>),
      first: this.first,
      lastTs: moments[moments.length - 1]!,
    };
  }
}

const LIST_FACETS = ["country", "topic", "topic_lvl0", "topic_lvl1"] as const;

type ListFacet = (typeof LIST_FACETS)[number];

/**
 * One repeated report, built from its versions as the indexer meets them, in any order (they
 * are spread over the corpus). It keeps the head and the union of what the versions have, not
 * every version: in a corpus that repeats itself, holding the versions would hold the corpus.
 * Thousands wait for their last version at once, so the state is strings and short arrays:
 * the head as JSON (kept where `keep` keeps it), the words as one string (1.8 kB a waiting claim over the corpus's first
 * 30,000 sentences, against 2.2 kB with the objects and sets it replaced).
 *
 * const b = new ClaimBuilder(2); b.add(a); b.add(b2); b.complete → true; b.build().versions → 2
 */
export class ClaimBuilder {
  private head?: () => string;
  private seen = 0;
  private readonly articles: string[] = [];
  /** Each speaker with its kind: the head's kind when it names them, else the first version's. */
  private readonly speakers: [string, SpeakerKind][] = [];
  private readonly lists: Record<ListFacet, string[]> = { country: [], topic: [], topic_lvl0: [], topic_lvl1: [] };
  /** Every version's words, folded as Meilisearch matches them, each followed by a space. */
  private words = " ";
  private readonly dates = new ClaimDates();
  private readonly sources: string[] = [];

  /** `keep` holds the head version until the claim is built (a spool keeps it on disk). */
  constructor(
    readonly versions: number,
    private readonly keep: Keep = keepInMemory,
  ) {}

  add(doc: SentenceDoc): void {
    this.seen++;
    const isHead = doc.id === doc.claimId;
    if (isHead) this.head = this.keep(JSON.stringify(doc));
    addOnce(this.articles, doc.article);
    doc.speaker.forEach((name, i) => {
      const at = this.speakers.findIndex(([known]) => known === name);
      if (at < 0) this.speakers.push([name, doc.speakerKind[i]!]);
      else if (isHead) this.speakers[at] = [name, doc.speakerKind[i]!];
    });
    for (const f of LIST_FACETS) for (const value of doc[f]) addOnce(this.lists[f], value);
    for (const word of wordsOf(doc.text)) if (!this.words.includes(` ${word} `)) this.words += `${word} `;
    this.dates.add(doc);
    if (doc.source) addOnce(this.sources, doc.source);
  }

  get complete(): boolean {
    return this.seen >= this.versions;
  }

  /**
   * The claim document: the head's fields, every version's facet values (the head's first, the
   * rest sorted, so the order the versions came in changes nothing), and a hash of it all.
   */
  build(): ClaimDoc {
    if (!this.head) throw new Error(`claim of ${this.versions} versions built without its head version`);
    const head = JSON.parse(this.head()) as SentenceDoc;
    const kinds = new Map(this.speakers);
    const ordered = (values: Iterable<string>, first: readonly string[]) => [
      ...first,
      ...[...values].filter((v) => !first.includes(v)).sort(),
    ];
    const speaker = ordered(kinds.keys(), head.speaker);
    const headWords = new Set(wordsOf(head.text));
    const variantWords = this.words
      .trim()
      .split(" ")
      .filter((w) => w && !headWords.has(w))
      .sort();
    const doc: ClaimDoc = {
      ...withoutLists(head),
      article: ordered(this.articles, [head.article]),
      headArticle: head.article,
      versions: this.versions,
      speaker,
      speakerKind: speaker.map((name) => kinds.get(name)!),
      people: speaker.filter((name) => kinds.get(name) === "person"),
      ...Object.fromEntries(LIST_FACETS.map((f) => [f, ordered(this.lists[f], head[f])])),
      ...(variantWords.length ? { variantText: variantWords.join(" ") } : {}),
      ...(this.sources.length ? { source: ordered(this.sources, head.source ? [head.source] : []) } : {}),
      ...this.dates.fields(),
    };
    return { ...doc, hash: sha1(JSON.stringify(doc)) };
  }
}

function addOnce<T>(values: T[], value: T): void {
  if (!values.includes(value)) values.push(value);
}

/** wordsOf("Trump’s 3.6 pct") → ["trump", "s", "3", "6", "pct"]: words as the engine splits and folds them. */
function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
