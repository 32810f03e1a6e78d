import { searchSentences } from "@/meili/client";
import { searchRoute } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/search?q=…&speaker=…&sort=…&group=…&page=…: the page's results. */
export const GET = searchRoute(searchSentences);
