import { closeSync, createReadStream, createWriteStream, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

/**
 * Articles kept on disk between the indexer's two passes, as JSON Lines in a temporary folder:
 * the input is read and segmented once, and memory stays flat however large the corpus
 * (keeping every article between the passes would hold the whole corpus in memory).
 */
export class ArticleSpool<T> {
  private readonly dir = mkdtempSync(join(tmpdir(), "parley-spool-"));
  private readonly path = join(this.dir, "articles.jsonl");
  private readonly out = createWriteStream(this.path);
  count = 0;

  async add(article: T): Promise<void> {
    this.count++;
    if (!this.out.write(`${JSON.stringify(article)}\n`)) await once(this.out, "drain");
  }

  /** The spooled articles in the order they were added; call once, after the last `add`. */
  async *articles(): AsyncGenerator<T> {
    this.out.end();
    await once(this.out, "finish");
    const lines = createInterface({ input: createReadStream(this.path), crlfDelay: Infinity });
    for await (const line of lines) yield JSON.parse(line) as T;
  }

  remove(): void {
    this.out.destroy();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Keeps a string until it is asked for again: `keep(text)()` gives `text`. */
export type Keep = (text: string) => () => string;

export const keepInMemory: Keep = (text) => () => text;

/**
 * Strings kept in a temporary file until asked for again: for what waits long in large numbers
 * (a repeated report's head version waits for its last version, which may come at the end of
 * the corpus: at a million sentences, tens of thousands wait at once). What is kept costs a
 * closure in memory, not the string.
 */
export class TextSpool {
  private file?: { dir: string; fd: number };
  private end = 0;

  readonly keep: Keep = (text) => {
    const at = this.end;
    const length = writeSync(this.open().fd, text, at);
    this.end += length;
    // (The closure holds two numbers, not the text.)
    return () => {
      const back = Buffer.allocUnsafe(length);
      readSync(this.open().fd, back, 0, length, at);
      return back.toString();
    };
  };

  remove(): void {
    if (!this.file) return;
    closeSync(this.file.fd);
    rmSync(this.file.dir, { recursive: true, force: true });
    this.file = undefined;
  }

  private open(): { dir: string; fd: number } {
    if (this.file) return this.file;
    const dir = mkdtempSync(join(tmpdir(), "parley-spool-"));
    this.file = { dir, fd: openSync(join(dir, "texts"), "w+") };
    return this.file;
  }
}
