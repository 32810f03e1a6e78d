/**
 * The load test's query mix: one word, two words, prefixes as typed, phrases, exclusions,
 * and 0, 1 or 3 facet filters taken from the index's own most frequent values.
 */
const WORDS = ["government", "election", "minister", "market", "police", "film", "match", "phone", "economy", "war", "said", "president"];
const PAIRS = ["prime minister", "interest rates", "world cup", "search engine", "peace talks", "oil prices"];
const PREFIXES = ["g", "go", "gov", "gove", "elec", "mini", "mar", "pol", "te", "tech"];
const PHRASES = ['"prime minister"', '"chief executive"', '"the government"'];
const EXCLUDED = ["election -labour", "market -shares", "film -oscar"];

/** The queries of whole words (one or two), without prefixes, phrases or exclusions. */
export const WHOLE_WORDS: ReadonlySet<string> = new Set([...WORDS, ...PAIRS]);

export function mixedQueries(facets: { name: string; values: { value: string }[] }[]): string[] {
  const top = (name: string, i = 0) => facets.find((f) => f.name === name)?.values[i]?.value;
  const filters = [
    "",
    `country=${encodeURIComponent(top("country") ?? "")}`,
    `topic=${encodeURIComponent(top("topic") ?? "")}`,
    [
      `speaker=${encodeURIComponent(top("speaker") ?? "")}`,
      `topic=${encodeURIComponent(top("topic", 1) ?? "")}`,
      `country=${encodeURIComponent(top("country", 1) ?? "")}`,
    ].join("&"),
  ];
  const queries = [...WORDS, ...PAIRS, ...PREFIXES, ...PHRASES, ...EXCLUDED];
  return queries.flatMap((q, i) => {
    const filter = filters[i % filters.length]!;
    const qs = `q=${encodeURIComponent(q)}`;
    return [qs, filter ? `${qs}&${filter}` : qs, `${qs}&page=2`];
  });
}

/** The mix as `/api/search` paths, with filters from the top values the running app reports. */
export async function loadPaths(baseUrl: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/search`);
  if (!response.ok) throw new Error(`GET ${baseUrl}/api/search: ${response.status}`);
  const { facets } = (await response.json()) as { facets: { name: string; values: { value: string }[] }[] };
  return mixedQueries(facets).map((qs) => `/api/search?${qs}`);
}
