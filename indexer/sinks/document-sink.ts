import type { ArticleRecord, ClaimDoc, SearchableFacet, SentenceDoc } from "../../meili/schema";

/**
 * One batch of changed articles: their documents, the ids they no longer have, their records;
 * the claims of their sentences reported once, with the claim ids they no longer head; and the
 * repeated claims completed meanwhile (of any article, changed or not: each carries a hash).
 */
export interface Batch {
  docs: SentenceDoc[];
  staleIds: string[];
  records: ArticleRecord[];
  claims: ClaimDoc[];
  staleClaimIds: string[];
}

/** What a sink did beyond taking documents, for the run's summary. */
export interface SinkReport {
  /** Index creations and settings updates it had to run. */
  settingsTasks: number;
  /** Articles it removed because the input no longer has them. */
  pruned: number;
}

/** What the run tells the sink at the end: its inputs and every article they had. */
export interface RunScope {
  paths: string[];
  seenIds: ReadonlySet<string>;
  /** The id of every claim of several versions the run built: the sink drops the others its articles headed. */
  repeatedClaims: ReadonlySet<string>;
  /** Every value of the searchable groups in the articles built, for the value search. */
  facetValues: ReadonlyMap<SearchableFacet, ReadonlySet<string>>;
  /**
   * A run that built only the articles a change touched: which articles are gone from the input,
   * and which repeated claims it touched are no more (what the sink holds of the rest stands).
   */
  partial?: { removed: string[]; staleClaims: string[] };
}

/** The records and claims a partial run asks about. */
export interface KnownScope {
  articles: string[];
  claims: string[];
}

/**
 * Where an index run's documents go. The run asks once which articles the sink already holds
 * (to skip those whose content hash is unchanged), writes batches of changed articles in input
 * order, and finishes with the run's scope.
 */
export interface DocumentSink {
  /** The records the sink holds: all, or a partial run's (and it keeps the hashes of the claims named). */
  known(scope?: KnownScope): Promise<ReadonlyMap<string, ArticleRecord>>;
  /**
   * What the sink holds now, as a token that changes with any write to it (a partial run is
   * only right over what the last complete run left); none for a sink that keeps nothing.
   */
  state?(): Promise<string>;
  /** Whether articles the input no longer has are removed (a partial run must do it or not run). */
  readonly prunes?: boolean;
  write(batch: Batch): Promise<void>;
  finish(scope: RunScope): Promise<SinkReport>;
}

export const emptyBatch = (): Batch => ({ docs: [], staleIds: [], records: [], claims: [], staleClaimIds: [] });
