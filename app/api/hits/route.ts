import { searchHits } from "@/meili/client";
import { searchRoute } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/hits?q=…&speaker=…: one page of hits alone, painted before /api/search's counts. */
export const GET = searchRoute(searchHits);
