import type { NextRequest } from "next/server";
import { exportSentences } from "@/meili/client";
import { EXPORT_CAP } from "@/meili/searches";
import { parseSearchState } from "@/lib/url-state";
import { badRequest, apiRoute } from "../respond";
import { EXPORT_COLUMNS, toCsv, toExportRow } from "./format";

export const dynamic = "force-dynamic";

const FORMATS = ["csv", "json"] as const;

/**
 * GET /api/export?format=csv|json&<search>: the whole result set of a search (all pages, up
 * to EXPORT_CAP hits, in the page's order), as a download. Headers say the total and whether
 * the cap cut it.
 */
export const GET = apiRoute(async (request: NextRequest) => {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const format = params.get("format") ?? "csv";
  params.delete("format");
  const { state, errors } = parseSearchState(params);
  if (!(FORMATS as readonly string[]).includes(format))
    return badRequest([{ parameter: "format", message: `must be one of ${FORMATS.join(", ")}` }]);
  if (errors.length) return badRequest(errors);
  const { hits, total, truncated } = await exportSentences({ ...state, page: 1 });
  const rows = hits.map((h) => toExportRow(h, request.nextUrl.origin));
  const body =
    format === "csv"
      ? toCsv(rows, EXPORT_COLUMNS)
      : JSON.stringify({ total, exported: rows.length, cap: EXPORT_CAP, truncated, rows }, null, 1);
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="parley-export.${format}"`,
      "Cache-Control": "no-store",
      "X-Total-Count": String(total),
      "X-Truncated": String(truncated),
    },
  });
});
