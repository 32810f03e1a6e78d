import { ClaimClusterer, claimTraits, type ClaimAssignment, type ClaimTraits } from "./claim-clusterer";
import type { CorpusSnapshot } from "./corpus-state";
import { NameRegistry } from "./facets/name-registry";
import { personNamesIn } from "./facets/noun-phrases";
import type { ReadArticle } from "./read/read-articles";

/** What the corpus-wide pass knows about a sentence beyond its article. */
export interface CorpusContext {
  canonicalSpeaker: (name: string) => string;
  claimOf: (articleId: string, position: number) => ClaimAssignment | undefined;
}

export const NO_CORPUS: CorpusContext = { canonicalSpeaker: (n) => n, claimOf: () => undefined };

/**
 * The canonical speaker values of a corpus's names, given how often each was seen: the names
 * go to the registry in sorted order, so the values do not depend on the order of the input.
 */
export function registryOf(nameCounts: ReadonlyMap<string, number>): (name: string) => string {
  const registry = new NameRegistry();
  for (const name of [...nameCounts.keys()].sort()) registry.observe(name, nameCounts.get(name));
  return (name) => registry.canonical(name);
}

/** What the first pass learns from one article: the full names it gives, its sentences' claim traits. */
export interface Observations {
  names: string[];
  claims: ClaimTraits;
}

/** An article → what the first pass learns from it (from its text alone: the build cache keeps it). */
export function observe(article: ReadArticle): Observations {
  return { names: personNamesIn(article.raw.body), claims: claimTraits(article.sentences) };
}

/**
 * The first pass, over the whole input: every person's full name, so that a speaker gets one
 * facet value across the corpus (a surname-only mention in one article joins the full name in
 * another), and the claims that near-duplicate sentences of different articles share.
 */
export class CorpusPass {
  /** How often each full name was seen. */
  private readonly nameCounts = new Map<string, number>();
  private readonly claims = new ClaimClusterer();

  /** Adds an article by what it gives (`observe`, now or in an earlier run). */
  add(articleId: string, { names, claims }: Observations): void {
    for (const name of names) this.nameCounts.set(name, (this.nameCounts.get(name) ?? 0) + 1);
    this.claims.addTraits(articleId, claims);
  }

  /** What the pass saw, for the corpus state kept between runs. */
  snapshot(): CorpusSnapshot {
    const { articles, sentences } = this.claims;
    return { articles, sentences, nameCounts: this.nameCounts, band: (band) => this.claims.bandColumns(band) };
  }

  /** Call once, after the last article. */
  context(): CorpusContext {
    const assigned = this.claims.assign();
    return {
      canonicalSpeaker: registryOf(this.nameCounts),
      claimOf: (articleId, position) => assigned.claimOf(articleId, position),
    };
  }
}
