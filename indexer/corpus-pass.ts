import { ClaimClusterer, type ClaimAssignment } from "./claim-clusterer";
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
 * The first pass, over the whole input: every person's full name, so that a speaker gets one
 * facet value across the corpus (a surname-only mention in one article joins the full name in
 * another), and the claims that near-duplicate sentences of different articles share.
 */
export class CorpusPass {
  private readonly names = new NameRegistry();
  private readonly claims = new ClaimClusterer();

  observe(article: ReadArticle): void {
    for (const name of personNamesIn(article.raw.body)) this.names.observe(name);
    this.claims.addArticle(article.id, article.sentences);
  }

  /** Call once, after the last article. */
  context(): CorpusContext {
    const assigned = this.claims.assign();
    return {
      canonicalSpeaker: (name) => this.names.canonical(name),
      claimOf: (articleId, position) => assigned.claimOf(articleId, position),
    };
  }
}
