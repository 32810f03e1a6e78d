import { findCues } from "../indexer/facets/attribution/cues";
import { sourcesOf } from "../indexer/facets/attribution/source-phrase";
import { mentionOf } from "../indexer/facets/attribution/mention";
import { tokenize } from "../indexer/facets/attribution/tokens";
for (const s of process.argv.slice(2)) {
  const tokens = tokenize(s);
  console.log(tokens.map((t, i) => `${i}:${t.text}/${t.pos}`).join(" "));
  for (const cue of findCues(tokens, false)) {
    const ph = sourcesOf(tokens, cue);
    console.log(
      " cue",
      cue.kind,
      cue.at,
      tokens[cue.at]!.text,
      "->",
      ph
        .map(
          (p) =>
            `${tokens
              .slice(p.start, p.end)
              .map((t) => t.text)
              .join(" ")} ${JSON.stringify(mentionOf(tokens, p))}`,
        )
        .join(" ; "),
    );
  }
}
