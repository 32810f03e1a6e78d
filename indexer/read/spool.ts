import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
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
