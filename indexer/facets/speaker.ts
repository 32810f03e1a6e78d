import { classifyRun, isTitleWord, namedEntitiesIn, phraseAfter, phraseBefore, surname, type Speaker } from "./noun-phrases";

/** Speakers of one sentence, and the quoted span when it holds a direct quote. */
export interface Attribution {
  speaker: string[];
  quote?: string;
}

const VERBS =
  "said|says|say|told|tells|stated|states|added|adds|announced|announces|argued|argues|insisted|insists|" +
  "warned|warns|claimed|claims|complained|complains|praised|praises|denied|denies|accused|accuses|urged|urges|" +
  "maintained|maintains|noted|notes|explained|explains|declared|declares|stressed|stresses|asked|asks|" +
  "acknowledged|admitted|admits|reported|reports|wrote|writes|tweeted|suggested|suggests|confirmed|confirms|" +
  "vowed|pledged|predicted|conceded|recalled|replied|responded|contended|countered|commented|criticized|" +
  "criticised|testified|remarked|observed|cautioned|emphasized|emphasised|asserted|lamented|boasted|joked|" +
  "quipped|disclosed|revealed|alleged|promised|threatened|estimated|issued a statement";
const PARTICIPLES = "saying|adding|complaining|insisting|arguing|warning|noting|stressing|claiming|accusing|urging|explaining|declaring";

const SPEECH_VERB = new RegExp(`(?<=\\s|^)(?:${VERBS})(?=[\\s,.:;”"]|$)`, "g");
const INVERTED = new RegExp(`[”"’],?\\s+(?:${VERBS})\\s+(.+)$`);
const PARTICIPLE = new RegExp(`,\\s+(?:${PARTICIPLES})\\b`, "g");
const ACCORDING = /\baccording to\s+(.+?)(?=[,.;:]|$)/g;
const ISSUED_BY = /\b(?:statement|report|communiqu[eé])\s+(?:issued|released|published)\s+by\s+(.+?)(?=\s+(?:aired|said|says|and|to|on|in)\b|[,.;:]|$)/g;
const ADVERBS = /\s+(?:also|later|has|have|had|previously|repeatedly|recently|earlier|again|then|once|publicly|privately|reportedly|long|would|will|is|was|had earlier|has long|separately|further|in a statement)$/;
const RELATIVE_CLAUSE = /,\s+(?:who|which)\b[^,]*,$/;
const VERB_LIKE = /^(?:[a-z]+ed|has|had|is|was|says|said|will|would|rejected)$/;

/**
 * Attributes every sentence of one article to its speakers, resolving pronouns, "the
 * official" and surnames within the article, and carrying a speaker across a quote that
 * spans several sentences.
 *
 * attributeArticle(["John Kerry arrived.", "“It went well,” he said."])[1].speaker → ["John Kerry"]
 */
export function attributeArticle(sentences: string[]): Attribution[] {
  const people = new Map<string, string>(); // surname (or last word of an institution) → fullest name seen
  const titleHolders = new Map<string, string>(); // "president" → the person introduced with that title
  const sources: string[] = []; // unnamed sources introduced so far
  for (const s of sentences) registerNames(s, people, titleHolders);

  let lastPerson: string | undefined;
  let lastInstitution: string | undefined;
  const result = sentences.map((sentence) => {
    const found: string[] = [];
    for (const speaker of rawSpeakers(sentence)) {
      // "“…,” it said": the institution last quoted.
      const name = speaker.kind === "pronoun" && speaker.name === "it" ? lastInstitution : resolve(speaker, people, titleHolders, sources, lastPerson);
      if (!name) continue;
      if (speaker.kind === "person" || (speaker.kind === "pronoun" && speaker.name !== "it")) lastPerson = name;
      if (speaker.kind === "institution") lastInstitution = name;
      if (!found.includes(name)) found.push(name);
    }
    const subject = leadingPerson(sentence, people);
    if (!found.length && subject) lastPerson = subject;
    const quote = quotedSpan(sentence);
    return found.length ? { speaker: found, ...(quote ? { quote } : {}) } : { speaker: [] };
  });
  carryAcrossQuotes(sentences, result);
  continueQuotes(sentences, result);
  return result;
}

function rawSpeakers(sentence: string): Speaker[] {
  const out: Speaker[] = [];
  const inverted = INVERTED.exec(sentence);
  const after = inverted && phraseAfter(inverted[1]!);
  if (after) out.push(after);
  for (const m of sentence.matchAll(SPEECH_VERB)) {
    let prefix = sentence.slice(0, m.index).trimEnd();
    for (let k = 0; k < 3; k++) prefix = prefix.replace(ADVERBS, "");
    prefix = prefix.replace(RELATIVE_CLAUSE, "");
    const before = phraseBefore(prefix);
    if (before) out.push(before);
  }
  for (const m of sentence.matchAll(PARTICIPLE)) {
    const subject = clauseSubject(sentence.slice(0, m.index));
    if (subject) out.push(subject);
  }
  for (const re of [ACCORDING, ISSUED_BY]) {
    for (const m of sentence.matchAll(re)) {
      const phrase = m[1]!.replace(/^(?:the|a|an)\s+/i, "").trim();
      const words = phrase.split(/\s+/);
      const named = words.every((w) => /^[A-Z]/.test(w)) ? classifyRun(words) : phraseBefore(phrase);
      out.push(named ?? { kind: "source", name: phrase });
    }
  }
  return out;
}

/** The subject of the clause a participle ("…, saying") hangs on: the last name before a verb. */
function clauseSubject(text: string): Speaker | undefined {
  const words = text.split(/\s+/);
  for (let i = words.length - 2; i >= 0; i--) {
    if (VERB_LIKE.test(words[i + 1]!) && /^[A-Z]/.test(words[i]!)) return phraseBefore(words.slice(0, i + 1).join(" "));
  }
  return undefined;
}

function resolve(
  speaker: Speaker,
  people: Map<string, string>,
  titleHolders: Map<string, string>,
  sources: string[],
  lastPerson?: string,
): string | undefined {
  switch (speaker.kind) {
    case "pronoun":
      return lastPerson;
    case "person":
      return people.get(surname(speaker.name)) ?? speaker.name;
    case "institution":
      // "the Times" after "The New York Times".
      return speaker.name.includes(" ") ? speaker.name : (people.get(speaker.name) ?? speaker.name);
    case "source": {
      const head = surname(speaker.name).toLowerCase();
      const bareHead = speaker.name.toLowerCase() === head;
      // "the president said" after "President Donald Trump"; "the official said" after "a State Department official".
      const allTitles = speaker.name.split(" ").every((w) => isTitleWord(w));
      const earlier =
        (allTitles ? titleHolders.get(head) : undefined) ??
        (bareHead ? sources.findLast((s) => surname(s).toLowerCase() === head) : undefined);
      if (!bareHead) sources.push(speaker.name);
      // "Prosecutors said" at the start of a sentence is the same source as "prosecutors said".
      return earlier ?? (bareHead ? head : speaker.name);
    }
    default:
      return speaker.name;
  }
}

/** Names seen anywhere in the article by their last word (the longest form wins), and who holds which title. */
function registerNames(sentence: string, people: Map<string, string>, titleHolders: Map<string, string>) {
  for (const entity of namedEntitiesIn(sentence)) {
    const key = surname(entity.name);
    const known = people.get(key);
    if (!known || entity.name.length > known.length) people.set(key, entity.name);
    for (const title of entity.titles) if (!titleHolders.has(title)) titleHolders.set(title, entity.name);
  }
}

/** The person a sentence opens with ("US Secretary of State John Kerry is …", "Trade envoy Helen Marsh arrived …"). */
function leadingPerson(sentence: string, people: Map<string, string>): string | undefined {
  const words = sentence.split(/\s+/);
  let end = 0;
  while (end < words.length && end < 10 && (/^[“"‘(]*[A-Z]/.test(words[end]!) || isTitleWord(words[end]!) || words[end] === "of")) end++;
  const subject = phraseBefore(words.slice(0, end).join(" "));
  return subject?.kind === "person" ? people.get(surname(subject.name)) : undefined;
}

function quotedSpan(sentence: string): string | undefined {
  const m = /[“"]([^”"]{3,})[”"]/.exec(sentence);
  return m?.[1]?.trim();
}

/**
 * A sentence that is nothing but a quote, right after an attributed sentence, goes on quoting
 * that speaker: `Lee said the plan was late. “We will not give up.”`
 */
function continueQuotes(sentences: string[], result: Attribution[]) {
  for (let i = 1; i < sentences.length; i++) {
    const previous = result[i - 1]!.speaker;
    if (!result[i]!.speaker.length && previous.length && isOnlyAQuote(sentences[i]!)) {
      result[i] = { speaker: previous, quote: sentences[i]!.replace(/^[“"]|[”"]?[.,]?$/g, "").trim() };
    }
  }
}

function isOnlyAQuote(sentence: string): boolean {
  return /^[“"]/.test(sentence) && !/[”"][^”"]*\b(?:said|says|told)\b/.test(sentence);
}

/** Sentences inside one multi-sentence quote share the speaker found in any of them. */
function carryAcrossQuotes(sentences: string[], result: Attribution[]) {
  let group: number[] = [];
  let open = false;
  const flush = () => {
    const speaker = group.map((i) => result[i]!.speaker).find((s) => s.length);
    if (speaker && group.length > 1) for (const i of group) if (!result[i]!.speaker.length) result[i] = { speaker };
    group = [];
  };
  sentences.forEach((s, i) => {
    const opens = (s.match(/“/g) ?? []).length;
    const closes = (s.match(/”/g) ?? []).length;
    if (open || opens > closes) group.push(i);
    if (open && closes > opens) {
      open = false;
      flush();
    } else if (!open && opens > closes) open = true;
  });
  flush();
}
