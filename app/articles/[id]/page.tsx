import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleSentence } from "@/components/article/article-sentence";
import { getArticle } from "@/meili/client";
import { parseSearchState, serializeSearchState } from "@/lib/url-state";
import { ARTICLE_ID } from "@/lib/links";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ back?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const article = ARTICLE_ID.test(id) ? await getArticle(id).catch(() => undefined) : undefined;
  return { title: article ? `${article.record.title} — Parley` : "Article — Parley" };
}

/** The whole article, sentence by sentence; `#s{position}` marks and scrolls to one sentence. */
export default async function ArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!ARTICLE_ID.test(id)) notFound();
  const article = await getArticle(id);
  if (!article) notFound();
  const back = backHref((await searchParams).back);
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <a href={back} className="text-sm text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
        ← Back to search
      </a>
      <h1 className="mt-3 text-2xl font-bold leading-tight">{article.record.title}</h1>
      {(article.record.source || article.record.date || article.record.url) && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          {[article.record.source, article.record.date].filter(Boolean).join(" · ")}
          {article.record.url && (
            <>
              {" "}
              <a href={article.record.url} rel="noopener noreferrer" className="underline">
                original
              </a>
            </>
          )}
        </p>
      )}
      <ol className="mt-6 space-y-1">
        {article.sentences.map((s) => (
          <ArticleSentence key={s.id} sentence={s} />
        ))}
      </ol>
    </main>
  );
}

/** Back to the search the reader came from; only a valid search state is kept. */
function backHref(back: string | string[] | undefined): string {
  if (typeof back !== "string") return "/";
  const qs = serializeSearchState(parseSearchState(new URLSearchParams(back)).state);
  return qs ? `/?${qs}` : "/";
}
