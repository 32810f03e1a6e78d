import type { NextRequest } from "next/server";
import { getContext } from "@/meili/client";
import { parseSentenceId } from "@/lib/links";
import { badRequest, json, apiRoute } from "../../respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/context/{sentenceId}: the sentences just before and after it. */
export const GET = apiRoute(async (_request: NextRequest, { params }: Context) => {
  const { id } = await params;
  const sentence = parseSentenceId(id);
  if (!sentence) return badRequest([{ parameter: "id", message: "not a sentence id" }]);
  return json(200, await getContext(sentence.articleId, sentence.position));
});
