import { fold } from "../lib/fold";
import type { ClaimDoc, SentenceDoc, SpeakerKind } from "../meili/schema";
import { sha1 } from "./ids";

/** A sentence reported once: a claim of one version, the same as its sentence. */
export function singleClaim(doc: SentenceDoc): ClaimDoc {
  return { ...doc, article: [doc.article], headArticle: doc.article, versions: 1 };
}

const LIST_FACETS = ["country", "topic", "topic_lvl0", "topic_lvl1"] as const;

/**
 * One repeated report, built from its versions as the indexer meets them, in any order (they
 * are spread over the corpus). It keeps the head and the union of what the versions have, not
 * every version: in a corpus that repeats itself, holding the versions would hold the corpus.
 *
 * const b = new ClaimBuilder(2); b.add(a); b.add(b2); b.complete → true; b.build().versions → 2
 */
export class ClaimBuilder {
  private head?: SentenceDoc;
  private seen = 0;
  private readonly articles = new Set<string>();
  private readonly kinds = new Map<string, SpeakerKind>();
  private readonly lists = Object.fromEntries(LIST_FACETS.map((f) => [f, new Set<string>()])) as Record<
    (typeof LIST_FACETS)[number],
    Set<string>
  >;
  /** Every version's words, folded as Meilisearch matches them. */
  private readonly words = new Set<string>();

  constructor(readonly versions: number) {}

  add(doc: SentenceDoc): void {
    this.seen++;
    if (doc.id === doc.claimId) this.head = doc;
    this.articles.add(doc.article);
    doc.speaker.forEach((name, i) => {
      if (!this.kinds.has(name) || doc.id === doc.claimId) this.kinds.set(name, doc.speakerKind[i]!);
    });
    for (const f of LIST_FACETS) for (const value of doc[f]) this.lists[f].add(value);
    for (const word of wordsOf(doc.text)) this.words.add(word);
  }

  get complete(): boolean {
    return this.seen >= this.versions;
  }

  /**
   * The claim document: the head's fields, every version's facet values (the head's first, the
   * rest sorted, so the order the versions came in changes nothing), and a hash of it all.
   */
  build(): ClaimDoc {
    const head = this.head;
    if (!head) throw new Error(`claim of ${this.versions} versions built without its head version`);
    const ordered = (values: Iterable<string>, first: readonly string[]) => [
      ...first,
      ...[...values].filter((v) => !first.includes(v)).sort(),
    ];
    const speaker = ordered(this.kinds.keys(), head.speaker);
    const headWords = new Set(wordsOf(head.text));
    const variantWords = [...this.words].filter((w) => !headWords.has(w)).sort();
    const doc: ClaimDoc = {
      ...head,
      article: ordered(this.articles, [head.article]),
      headArticle: head.article,
      versions: this.versions,
      speaker,
      speakerKind: speaker.map((name) => this.kinds.get(name)!),
      people: speaker.filter((name) => this.kinds.get(name) === "person"),
      ...Object.fromEntries(LIST_FACETS.map((f) => [f, ordered(this.lists[f], head[f])])),
      ...(variantWords.length ? { variantText: variantWords.join(" ") } : {}),
    };
    return { ...doc, hash: sha1(JSON.stringify(doc)) };
  }
}

/** wordsOf("Trump’s 3.6 pct") → ["trump", "s", "3", "6", "pct"]: words as the engine splits and folds them. */
function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
