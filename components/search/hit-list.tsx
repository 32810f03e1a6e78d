import { memo } from "react";
import type { HitView } from "@/meili/query";
import { Hit } from "./hit";

export interface HitListProps {
  hits: HitView[];
  /** The query these hits answer (it lags the box while a newer answer loads). */
  query: string;
  /** The search these hits answer (query string): the article links go back to it. */
  backQuery: string;
  onSpeaker: (speaker: string) => void;
}

/** Drawn again only when other hits arrive, not at every keystroke while they load. */
export const HitList = memo(function HitList({ hits, query, backQuery, onSpeaker }: HitListProps) {
  return (
    <ol className="space-y-3" aria-label="Results" data-query={query}>
      {hits.map((hit) => (
        <Hit key={hit.id} hit={hit} backQuery={backQuery} onSpeaker={onSpeaker} />
      ))}
    </ol>
  );
});
