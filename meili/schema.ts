/**
 * The contract between the indexer and the app: what one indexed sentence looks like,
 * which indexes hold what, and which fields are facets. Everything else reads these names.
 */

export const SPEAKER_KINDS = ["person", "organisation", "source", "place"] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** One sentence of one article: the unit Parley searches. */
export interface SentenceDoc {
  /** `${articleId}-${position}`: deterministic, so a re-run overwrites instead of duplicating. */
  id: string;
  articleId: string;
  /** The article's title. */
  article: string;
  /** 0-based index of the sentence in its article. */
  position: number;
  text: string;
  /** Who is quoted or reported as saying the sentence (canonical names). */
  speaker: string[];
  /** What each speaker is (parallel to `speaker`): person, organisation, source (unnamed), place (acting as a speaker). */
  speakerKind: SpeakerKind[];
  /** The speakers that are people (a subset of `speaker`): what the Speaker group counts under "people only". */
  people: string[];
  /** Countries the sentence is about (canonical English short names). */
  country: string[];
  /** IPTC Media Topic level-2 labels. */
  topic: string[];
  /** IPTC level 1 labels, for the topic tree. */
  topic_lvl0: string[];
  /** `level 1 > level 2` paths, for the topic tree. */
  topic_lvl1: string[];
  /**
   * Near-duplicate sentences across the corpus (the same report, lightly edited) share one
   * claim id: the smallest sentence id among them. A sentence reported once has its own id.
   */
  claimId: string;
  /** How many articles report this claim (1 for a sentence reported once). */
  claimArticles: number;
  url?: string;
  /** When the article was published, as the input wrote it, normalised (lib/dates.ts). */
  date?: string;
  /** `date` in seconds since the epoch: what date filters and the date sort compare. */
  dateTs?: number;
  /** The UTC day, ISO week (by its Monday), month and year of `date`: what the timeline counts by (lib/date-buckets.ts). */
  day?: string;
  week?: string;
  month?: string;
  year?: string;
  /** The outlet that published the article. */
  source?: string;
}

/** The fields a dated sentence has beyond `date`, each one value: a claim has each of its versions'. */
export const DATE_BUCKET_FIELDS = ["dateTs", "day", "week", "month", "year"] as const;

/**
 * One claim: a repeated report's versions as one document, what the grouped view searches (so
 * grouping is resolved when indexing, not by `distinct` at every keystroke). The head version
 * (the one whose id is the claim id) gives the text a hit shows; the facets are the union of
 * every version's, so a claim is counted and found under any value one of its versions has.
 * A sentence reported once is a claim of one version, the same as its sentence.
 */
export interface ClaimDoc extends Omit<SentenceDoc, "article" | "source" | (typeof DATE_BUCKET_FIELDS)[number]> {
  /** The outlets of every version. */
  source?: string[];
  /** Every article that reports it, the head's first: what the Article group counts claims by. */
  article: string[];
  /** The title of the head's article: what a hit shows and "article order" sorts by. */
  headArticle: string;
  /** How many sentences report it (across its articles). */
  versions: number;
  /** The other versions' words that the head's text lacks, so the claim is found by those too. */
  variantText?: string;
  /** Every version's `dateTs` and spans: a claim is found and counted in any span one of its versions was published in. */
  dateTs?: number[];
  day?: string[];
  week?: string[];
  month?: string[];
  year?: string[];
  /** Its earliest dated version: when and where it was first reported, what the oldest-first sort compares. */
  first?: { dateTs: number; date: string; article: string; articleId: string; id: string };
  /** Its latest version's `dateTs`: what the newest-first sort compares. */
  lastTs?: number;
  /** Of a claim of several versions: a hash of the rest, so an unchanged claim is not written again. */
  hash?: string;
}

/** One record per article: what the indexer needs to skip unchanged articles. */
export interface ArticleRecord {
  id: string;
  title: string;
  /** Hash of the article's title + body + metadata; equal hash means nothing to do. */
  contentHash: string;
  sentences: number;
  /** The input root it came from, so `--prune` only removes articles of the roots it was given. */
  root: string;
  /** Path of the file (and line, for JSONL) relative to the root. */
  origin: string;
  url?: string;
  date?: string;
  source?: string;
}

/** Topic paths in `topic_lvl1` (and in the URL): "level 1 > level 2". */
export const TOPIC_PATH_SEPARATOR = " > ";

/**
 * The fields each kind of read takes from a sentence: one list each, and the types of what
 * they return are picked from the document by these lists.
 */
export const HIT_FIELDS = [
  "id",
  "articleId",
  "article",
  "position",
  "text",
  "speaker",
  "country",
  "topic",
  "claimId",
  "claimArticles",
  "date",
] as const;
/** What an Atom feed entry shows of a sentence (app/feed/atom.ts). */
export const FEED_FIELDS = ["id", "articleId", "article", "position", "text", "speaker", "topic", "date", "source"] as const;
export const CONTEXT_FIELDS = ["id", "position", "text", "speaker"] as const;
export const CLAIM_VERSION_FIELDS = ["id", "articleId", "article", "position", "text", "speaker", "source", "date"] as const;
export const EXPORTED_FIELDS = [
  "id",
  "articleId",
  "article",
  "position",
  "text",
  "speaker",
  "speakerKind",
  "country",
  "topic",
  "claimId",
  "claimArticles",
  "url",
  "date",
  "source",
] as const;

/** A sentence with only the fields of one of the lists above. */
export type SentenceFields<F extends readonly (keyof SentenceDoc)[]> = Pick<SentenceDoc, F[number]>;

export const SENTENCES_INDEX = "sentences";
export const CLAIMS_INDEX = "claims";
export const FACET_VALUES_INDEX = "facet_values";

/** The groups whose values can be searched by any word (the Topic tree is short enough to read). */
export const SEARCHABLE_FACETS = ["speaker", "country", "article"] as const satisfies readonly Facet[];
export type SearchableFacet = (typeof SEARCHABLE_FACETS)[number];

/**
 * One value of a searchable group, in the index the value search reads: Meilisearch's own
 * facet search matches only the start of a value (meilisearch#5443), and counts return only a
 * group's top values, so a surname or a title's later word is found here.
 */
export interface FacetValueDoc {
  /** A hash of the group and the value (a value may hold any character). */
  id: string;
  facet: SearchableFacet;
  value: string;
}
export const ARTICLES_INDEX = "articles";

/** The facet groups, in the order the UI shows them. */
export const FACETS = ["speaker", "topic", "country", "article", "source"] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
  speaker: "Speaker",
  topic: "Topic",
  country: "Country",
  article: "Article",
  source: "Outlet",
};

/** Groups of optional input (an outlet is given with an article or not): shown only when the search has values for them. */
export const OPTIONAL_FACETS: readonly Facet[] = ["source"];

/** The Speaker group's switch, as the page and its chips name it. */
export const PEOPLE_ONLY_LABEL = "People only";

export function isFacet(name: string): name is Facet {
  return (FACETS as readonly string[]).includes(name);
}

/** Sentence id for a position in an article. */
export function sentenceId(articleId: string, position: number): string {
  return `${articleId}-${position}`;
}
