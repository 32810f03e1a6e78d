import type { HitView } from "@/meili/query";
import { Hit } from "./hit";

export interface HitListProps {
  hits: HitView[];
  backQuery: string;
  onSpeaker: (speaker: string) => void;
}

export function HitList({ hits, backQuery, onSpeaker }: HitListProps) {
  return (
    <ol className="space-y-3" aria-label="Results">
      {hits.map((hit) => (
        <Hit key={hit.id} hit={hit} backQuery={backQuery} onSpeaker={onSpeaker} />
      ))}
    </ol>
  );
}
