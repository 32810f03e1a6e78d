import { formatRange } from "@/lib/dates";
import { sentencePath } from "@/lib/links";
import { serializeSearchState, type SearchState } from "@/lib/url-state";
import { FACET_LABELS, FACETS } from "@/meili/schema";
import { FEED_ENTRIES, type FeedSentence } from "@/meili/searches";

/**
 * A search as an Atom feed (RFC 4287): its newest sentences, each an entry with its permalink,
 * speaker, date and topics. The feed is as new as its newest dated sentence; on undated input
 * (where nothing says when a sentence was published) it and its entries carry `now`, which
 * Atom requires, and readers tell entries apart by their ids, the sentences' permalinks.
 */
export function atomFeed({
  origin,
  state,
  sentences,
  now,
}: {
  origin: string;
  state: SearchState;
  sentences: FeedSentence[];
  now: Date;
}): string {
  const search = serializeSearchState({ ...state, page: 1 });
  const self = `${origin}/feed${search ? `?${search}` : ""}`;
  const newest = sentences
    .map((s) => s.date && rfc3339(s.date))
    .filter((d): d is string => Boolean(d))
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const updated = newest ?? rfc3339(now.toISOString());
  const entries = sentences.map((s) => {
    const permalink = `${origin}${sentencePath(s.articleId, s.position)}`;
    const when = s.date ? rfc3339(s.date) : updated;
    const who = s.speaker.length ? s.speaker.join(", ") : "Unattributed";
    return [
      "  <entry>",
      `    <id>${xmlText(permalink)}</id>`,
      `    <title type="text">${xmlText(`${who}: ${clip(s.text, 120)}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(permalink)}"/>`,
      `    <updated>${when}</updated>`,
      ...(s.date ? [`    <published>${when}</published>`] : []),
      ...s.speaker.map((name) => `    <author><name>${xmlText(name)}</name></author>`),
      ...s.topic.map((t) => `    <category term="${xmlText(t)}"/>`),
      `    <content type="text">${xmlText(`${s.text}\n\n— ${who}, in “${s.article}”${s.source ? ` (${s.source})` : ""}`)}</content>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(self)}</id>`,
    `  <title type="text">${xmlText(`Parley: ${searchInWords(state)}`)}</title>`,
    `  <subtitle type="text">The newest sentences of this search, ${FEED_ENTRIES} at most.</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(`${origin}/${search ? `?${search}` : ""}`)}"/>`,
    "  <author><name>Parley</name></author>",
    "  <generator>Parley</generator>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** The search in words, for the feed's title: `"tax" · Speaker: Kevin Brady · Date: from 1 Nov 2017`. */
export function searchInWords(state: SearchState): string {
  const parts = [
    state.q ? `“${state.q}”` : "every sentence",
    ...FACETS.filter((f) => state.filters[f].length).map((f) => `${FACET_LABELS[f]}: ${state.filters[f].join(" or ")}`),
    ...(state.peopleOnly ? ["people only"] : []),
    ...(state.dates.from || state.dates.to ? [`Date: ${formatRange(state.dates)}`] : []),
  ];
  return parts.join(" · ");
}

/** A date as read → RFC 3339, which Atom requires: a day is its first second, in UTC. */
function rfc3339(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return `${iso}T00:00:00Z`;
  return iso.replace(/\.\d+(?=Z|[+-]\d{2}:\d{2}$)/, "");
}

function clip(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf(" ", chars);
  return `${text.slice(0, cut > chars / 2 ? cut : chars)}…`;
}

/**
 * Text as XML character data or an attribute value. Characters XML 1.0 does not allow (most
 * control characters, which scraped text does hold) are dropped: one would make the feed
 * unreadable to every reader.
 */
export function xmlText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}
