/** An article as read from the input, before segmentation. */
export interface RawArticle {
  title: string;
  body: string;
  /** Explicit id from the input (JSON `id`), if any. */
  id?: string;
  url?: string;
  date?: string;
  source?: string;
  /** Basename of the input root the file was found under. */
  root: string;
  /** Path relative to the root, with `:line` for JSONL records. */
  origin: string;
}

/** What describes an article beside its text. */
export type ArticleMeta = Omit<RawArticle, "body">;

/** Something in the input that could not be indexed, with where and why. */
export interface Rejection {
  path: string;
  line?: number;
  reason: string;
}

/** A remark about input that was indexed, e.g. the encoding that was assumed. */
export interface Notice {
  path: string;
  message: string;
}

export interface ReadResult {
  articles: RawArticle[];
  rejections: Rejection[];
  notices: Notice[];
}
