import type { NextRequest } from "next/server";
import { getClaimVersions } from "@/meili/client";
import { SENTENCE_ID } from "@/lib/links";
import { badRequest, json, apiRoute } from "../../respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/claims/{claimId}: every article's version of a repeated report. */
export const GET = apiRoute(async (_request: NextRequest, { params }: Context) => {
  const { id } = await params;
  if (!SENTENCE_ID.test(id)) return badRequest([{ parameter: "id", message: "not a claim id" }]);
  const versions = await getClaimVersions(id);
  if (!versions.length) return json(404, { error: `No claim ${id}.` });
  return json(200, { claimId: id, versions });
});
