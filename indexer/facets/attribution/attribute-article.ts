import { type Cue, findCues } from "./cues";
import { Discourse, type ResolvedSpeaker, type SpeakerKind } from "./discourse";
import { capitalisedRuns, classifyRun, isTitleWord, namedEntitiesIn, personInHeadline } from "../noun-phrases";
import { DOCUMENT_VERBS, ISSUED_DOCUMENTS, mayAttribute, PEOPLE_HEADS, singularOf } from "./lexicon";
import { mentionOf } from "./mention";
import { type SourcePhrase, sourcesOf } from "./source-phrase";
import { type Token, tokenize } from "./tokens";

/** The speakers an attribution gives a sentence, kind by kind. */
type Speakers = Pick<Attribution, "speaker" | "speakerKind">;

/** Sentence `i` takes the speakers of `from` (another sentence's attribution, or one speaker). */
function give(result: Attribution[], i: number, from: Speakers | ResolvedSpeaker) {
  const speakers =
    "name" in from ? { speaker: [from.name], speakerKind: [from.kind] } : { speaker: from.speaker, speakerKind: from.speakerKind };
  result[i] = { ...result[i]!, ...speakers };
}

/** Speakers of one sentence, and the quoted span when it holds a direct quote. */
export interface Attribution {
  speaker: string[];
  /** What each speaker value names, in the same order. */
  speakerKind: SpeakerKind[];
  quote?: string;
}

/**
 * Attributes every sentence of one article: the cue and its source from each sentence's
 * structure, then pronouns, offices and references resolved against what the article said
 * before, and quotes that run over several sentences given to whoever the run is attributed to.
 * `paragraphStarts` holds the index of every sentence that opens a paragraph (quotes reset there).
 *
 * attributeArticle(["Helen Marsh arrived.", "“It went well,” she said."])[1].speaker → ["Helen Marsh"]
 */
export function attributeArticle(written: string[], paragraphStarts: ReadonlySet<number> = new Set([0]), title = ""): Attribution[] {
  const sentences = written.map((s) => withPlainNames(withQuotationMarks(s)));
  const discourse = new Discourse();
  const quotedAtStart = openQuotes(sentences, paragraphStarts);
  const introduced: (ResolvedSpeaker | undefined)[] = [];
  const found = sentences.map((sentence, index) => {
    discourse.observeSentence(sentence, index);
    // Only a sentence before a quote can introduce its speaker; most sentences are not.
    const beforeQuote = opensWithQuote(sentences[index + 1] ?? "") && !QUOTATION.test(sentence) && !quotedAtStart[index];
    introduced[index] = beforeQuote ? introducedBy(sentence, index, discourse) : undefined;
    const cued =
      mayAttribute(sentence) && !isHeadline(sentence) && !isQuestion(sentence)
        ? speakersOf(sentence, index, discourse, quotedAtStart[index]!)
        : NOBODY;
    const quoting = cued.speakers.length || quotedAtStart[index] ? undefined : quotedPredicate(sentence, index, discourse);
    const speakers = quoting ? { speakers: [quoting], bare: false } : cued;
    // What the sentence is about, for the pronouns of the next ones (not its own: in "US officials
    // were talking up the dollar, they said", "they" are others).
    const subject = QUOTATION.test(sentence) ? undefined : subjectOpening(sentence);
    if (subject) discourse.noteSubject(index, subject);
    // ("Tennis star Ana Ruiz will make her return …": a subject the opening read missed.)
    if (beforeQuote && !introduced[index] && subject?.kind === "person") introduced[index] = knownPerson(subject.name, discourse);
    return speakers;
  });
  const result: Attribution[] = found.map(({ speakers }, i) => {
    // "source" beside "source briefed on the talks": the same source, named more fully once.
    const kept = speakers.filter((s) => !speakers.some((o) => o.name.startsWith(`${s.name} `)));
    return { speaker: kept.map((s) => s.name), speakerKind: kept.map((s) => s.kind), ...withQuote(sentences[i]!) };
  });
  attributeQuotesBefore(
    sentences,
    result,
    found.map((f) => f.bare),
  );
  carryAcrossQuotes(sentences, result, paragraphStarts);
  attributeIntroduced(sentences, result, introduced);
  attributePostedStatements(sentences, result, discourse);
  attributeTranscript(sentences, result, paragraphStarts, discourse);
  attributeAnswers(sentences, result, paragraphStarts, () => {
    const name = personInHeadline(title);
    return name ? discourse.resolve({ kind: "person", name, roles: [] }, sentences.length) : undefined;
  });
  // Speakers those passes found may open quotes that run on. (The first carry stays: those
  // passes skip sentences it has already given a speaker; moving it here changes 20 sentences.)
  carryAcrossQuotes(sentences, result, paragraphStarts);
  // ("Microsoft said …" is the organisation's once the article has called it "the firm".)
  return result.map((a) => ({
    ...a,
    speakerKind: a.speaker.map((name, j) =>
      a.speakerKind[j] === "person" && discourse.isOrganisationAfterAll(name) ? "organisation" : a.speakerKind[j]!,
    ),
  }));
}

/**
 * "Chris Morrow of San Diego was staying nearby.", then a quote with no speaker anywhere in it:
 * the quote is the person's whose name opened the sentence before.
 */
function attributeIntroduced(sentences: string[], result: Attribution[], introduced: (ResolvedSpeaker | undefined)[]) {
  for (let i = 1; i < sentences.length; i++) {
    const person = introduced[i - 1];
    if (!person || result[i - 1]!.speaker.length || !opensWithQuote(sentences[i]!) || result[i]!.speaker.length) continue;
    let open = 0;
    const run: number[] = [];
    for (let j = i; j < sentences.length && !result[j]!.speaker.length; j++) {
      run.push(j);
      // A quote reopened on the next sentence starts afresh (the writer left the last one unclosed).
      open = opensWithQuote(sentences[j]!) ? quoteBalance(sentences[j]!) : open + quoteBalance(sentences[j]!);
      if (open <= 0) break;
    }
    // A quote that an attribution further on closes is that attribution's.
    const next = run.at(-1)! + 1;
    if (open > 0 && next < sentences.length && result[next]!.speaker.length) continue;
    // ("Simon Taylor looks certain to get the call." / "“Taylor is an outstanding player.”": a
    // quote about the person is someone else's.)
    const surname = person.name.split(" ").at(-1)!;
    if (run.some((j) => sentences[j]!.split(/[^\p{L}'’-]+/u).includes(surname))) continue;
    for (const j of run) give(result, j, person);
  }
}

/** "The following statements were posted to the … accounts of X, @x and @y.": a transcript follows. */
const POSTED_INTRO = /\bfollowing (?:statements?|tweets|posts|messages|remarks)\b[^.]*?\b(?:of|by|from)\b/i;

/**
 * A transcript of someone's posts: after a sentence that introduces them with the accounts'
 * handles, every sentence from the first "@handle :" on is that person's, unless it has a
 * speaker of its own.
 */
function attributePostedStatements(sentences: string[], result: Attribution[], discourse: Discourse) {
  const intro = sentences.findIndex((s) => POSTED_INTRO.test(s) && /@\w/.test(s));
  if (intro < 0) return;
  const person = namedEntitiesIn(sentences[intro]!).find((e) => e.kind === "person");
  const handles = sentences[intro]!.match(/@\w+/g) ?? [];
  if (!person) return;
  const author = discourse.resolve({ kind: "person", name: person.name, roles: [] }, intro);
  if (!author) return;
  const start = sentences.findIndex((s, j) => j > intro && handles.some((h) => s.includes(`${h} :`)));
  if (start < 0) return;
  for (let j = start; j < sentences.length; j++) if (!result[j]!.speaker.length && !isOnlyLinks(sentences[j]!)) give(result, j, author);
}

/** "Michelle Obama: I told him …", "WSJ: How are …": a paragraph opened by its speaker's label. */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}): \S/u;

/**
 * An interview written as a transcript: where at least two paragraphs open with the same
 * person's label ("Dana Whitfield: …"), each of them is that person's words, to the
 * paragraph's end. Labels that are no person's name (an outlet asking, "Note:") say nothing.
 */
function attributeTranscript(sentences: string[], result: Attribution[], paragraphStarts: ReadonlySet<number>, discourse: Discourse) {
  const starts = [...paragraphStarts].sort((a, b) => a - b);
  const labels = starts.map((i) => TRANSCRIPT_LABEL.exec(sentences[i] ?? "")?.[1]);
  const times = new Map<string, number>();
  for (const label of labels) if (label) times.set(label, (times.get(label) ?? 0) + 1);
  starts.forEach((start, p) => {
    const label = labels[p];
    if (!label || times.get(label)! < 2) return;
    const named = classifyRun(label.split(" "));
    // ("Subs Not Used: …" is a list's heading: the label is a full name, a title at most before it.)
    if (named?.kind !== "person" || !named.name.includes(" ") || !label.endsWith(named.name)) return;
    if (!label.slice(0, -named.name.length).split(" ").filter(Boolean).every(isTitleWord)) return;
    const speaker = discourse.resolve({ kind: "person", name: named.name, roles: [] }, start);
    if (!speaker) return;
    for (let i = start; i < (starts[p + 1] ?? sentences.length); i++) if (!result[i]!.speaker.length) give(result, i, speaker);
  });
}

/** "[0804] -- Source link: (bit.ly/x) (bit.ly/y)": links with a label, nobody's words. */
function isOnlyLinks(sentence: string): boolean {
  if (!/\b[\w-]+\.[a-z]{2,}\/\S/i.test(sentence)) return false;
  const words = sentence.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").match(/\p{L}{2,}/gu) ?? [];
  return words.length <= 3;
}

/** The person whose name opens a sentence as its subject ("CNN reporter Chris Morrow of San Diego was …"). */
function personOpening(sentence: string): string | undefined {
  const first = FIRST_WORD.exec(sentence)?.[0];
  if (first && opensPredicate(sentence.slice(first.length).trim())) return first;
  const [run] = capitalisedRuns(sentence, 1);
  if (!run) return undefined;
  // "Newcastle chairman Chris Mort", "CNN iReporter Chris Morrow": what the person is may come first.
  const before = sentence
    .slice(0, sentence.indexOf(`${run[0]!} `))
    .split(" ")
    .filter(Boolean);
  if (before.length > 3 || !before.every((w) => /\p{Lu}/u.test(w) || isTitleWord(w))) return undefined;
  const speaker = classifyRun(run);
  if (speaker?.kind !== "person") return undefined;
  const rest = sentence.slice(sentence.indexOf(run.at(-1)!) + run.at(-1)!.length).trim();
  return opensPredicate(rest) ? speaker.name : undefined;
}

/**
 * Whether what follows a name is its predicate, so that the name is the subject (a line with
 * only a name may caption the quote before it): "Lucille Simon, 24, had to stay …", "Chris
 * Morrow of San Diego was staying …", "Ousti last saw him …"; a photo's caption, "Prime
 * Minister Ana Ruiz (C) makes an announcement", in the present.
 */
function opensPredicate(rest: string): boolean {
  // (Tagged after a stand-in subject: alone, "last saw him" reads as an adjective and a noun.)
  const verb = tokenize(`It ${rest.replace(PAST_NAME, "")}`)
    .slice(1)
    .find((t) => t.pos !== "ADV");
  return Boolean(verb && /^(?:VERB|AUX)$/.test(verb.pos) && !verb.lower.endsWith("ing"));
}

const PRONOUN_OPENING = /^(?:He|She)$/;
/** A pronoun or a name alone opening the sentence ("Ousti last saw him …"). */
const FIRST_WORD = /^\p{Lu}[\p{Ll}'’-]+(?= )/u;
/**
 * The person a sentence right before a quote introduces as its speaker: the name or pronoun it
 * opens with ("Ousti last saw him in 2011.", "She has made a deal with herself."), or the one a
 * line ending in a colon refers to.
 */
function introducedBy(sentence: string, index: number, discourse: Discourse): ResolvedSpeaker | undefined {
  // ("As her deputy at the time, Jarrett hired Michelle.": past an opening phrase, too.)
  const name = personOpening(sentence) ?? personOpening(sentence.replace(OPENING_PHRASE, ""));
  if (name && PRONOUN_OPENING.test(name)) return discourse.whoIs(name.toLowerCase() as "he" | "she", index);
  return (name && knownPerson(name, discourse)) || colonIntroduced(sentence, index, discourse);
}

const OPENING_PHRASE = /^[^,]{3,80}?,\s+/;

/** A person the article has named in full, by that name or by the surname alone. */
const knownPerson = (name: string, discourse: Discourse) => (name.includes(" ") ? discourse.known(name) : discourse.knownInFull(name));

/**
 * "His remarks:", "After the attacks, he delivered this statement:": a line with no quote of its
 * own that ends in a colon before a quote, naming or referring to one person, introduces that
 * person's words.
 */
function colonIntroduced(sentence: string, index: number, discourse: Discourse): ResolvedSpeaker | undefined {
  if (!sentence.trimEnd().endsWith(":")) return undefined;
  const pronoun = /\b(?:(he|his)|(she|her))\b/i.exec(sentence);
  if (pronoun) return discourse.whoIs(pronoun[1] ? "he" : "she", index);
  const person = namedEntitiesIn(sentence).find((e) => e.kind === "person");
  return person && discourse.known(person.name);
}

/** What may stand between a name and its verb: "of San Diego", ", 24,", "(C)". */
const PAST_NAME = /^(?:of (?:\p{Lu}\p{L}* )+|, [^,]{1,60}, |\([A-Z]{1,2}\) )/u;

/** What a sentence is about, when it opens with it. */
export interface SentenceSubject {
  name: string;
  kind: "person" | "organisation" | "source";
}

/** "Iranian authorities have …", "Officials were …": an optional adjective, a plural noun, a verb. */
const GROUP_OPENING =
  /^(?:The\s+)?((?!(?:Its|Their|His|Her|Our|My|Your)\s)(?:[A-Z][\p{L}-]+|[a-z-]+)\s+)?([a-z]+s)\s+(?:have|had|were|are|\p{Ll}+ed)\b/u;

/** Words that open a sentence before its subject ("However Mr Mulligan was …"). */
const CONNECTIVE = /^(?:however|but|and|meanwhile|then|still|yet|so|now|instead|later|earlier)\b,?\s+/i;

/**
 * The person or organisation a sentence without quotes opens with as its subject, after a
 * connective or a leading phrase set off by a comma: "However Mr Mulligan was not convinced.",
 * "Speaking on Saturday, President Ana Ruiz was unequivocal.", "In a statement, the Lagos Ports
 * Authority listed its targets." A pronoun in the next sentences may stand for it.
 */
function subjectOpening(sentence: string): SentenceSubject | undefined {
  const bare = sentence.replace(CONNECTIVE, "");
  // "Iranian authorities have arrested 20 journalists.": a group of people, named by what they are.
  const group = GROUP_OPENING.exec(bare);
  if (group && PEOPLE_HEADS.has(singularOf(group[2]!) ?? "")) return { name: `${group[1] ?? ""}${group[2]}`, kind: "source" };
  for (const clause of [bare, bare.replace(/^[^,]{3,80}?,\s+/, "").replace(CONNECTIVE, "")]) {
    const [run] = capitalisedRuns(clause, 1);
    if (!run) continue;
    const at = clause.indexOf(run[0]!);
    const before = clause.slice(0, at).split(" ").filter(Boolean);
    if (before.length > 3 || !before.every((w) => /\p{Lu}/u.test(w) || isTitleWord(w) || /^the$/i.test(w))) continue;
    const named = classifyRun(run);
    if (named?.kind !== "person" && named?.kind !== "institution") continue;
    const rest = clause.slice(clause.indexOf(run.at(-1)!, at) + run.at(-1)!.length).trim();
    // The name is what the clause is about: a verb follows it, maybe after an apposition or an adverb.
    if (
      /^(?:, [^,]{1,60}, )?(?:\p{Ll}+ly )?(?:is|was|has|had|were|are|would|will|could|can|did|does|\p{Ll}+ed|\p{Ll}+s(?! (?:is|was|are|were|has|had)\b))\b/u.test(
        rest,
      )
    )
      return { name: named.name, kind: named.kind === "person" ? "person" : "organisation" };
    return undefined;
  }
  return undefined;
}

const INTERROGATIVE =
  /^(?:what|how|who|whom|whose|why|when|where|which|do|does|did|is|are|was|were|would|will|can|could|should|have|has|had)\b/i;

/** "What would your daughters say you are?": an interviewer's question attributes nothing. */
const isQuestion = (sentence: string) => sentence.endsWith("?") && INTERROGATIVE.test(sentence) && !QUOTATION.test(sentence);

/**
 * An interview written as questions and quoted answers: each paragraph that opens with a quote
 * right after a paragraph of unquoted question, with no speaker of its own, is the answer of the
 * person the headline names. Only where the article has at least two such pairs.
 */
function attributeAnswers(
  sentences: string[],
  result: Attribution[],
  paragraphStarts: ReadonlySet<number>,
  interviewee: () => ResolvedSpeaker | undefined,
) {
  const starts = [...paragraphStarts].sort((a, b) => a - b);
  const answers: [number, number][] = [];
  for (let p = 1; p < starts.length; p++) {
    const [question, answer, next] = [starts[p - 1]!, starts[p]!, starts[p + 1] ?? sentences.length];
    const asked = sentences.slice(question, answer);
    if (!asked.at(-1)?.endsWith("?") || asked.some((s) => QUOTATION.test(s)) || !opensWithQuote(sentences[answer]!)) continue;
    if (result.slice(answer, next).every((a) => !a.speaker.length)) answers.push([answer, next]);
  }
  if (answers.length < 2) return;
  const speaker = interviewee();
  if (!speaker) return;
  for (const [from, to] of answers) for (let i = from; i < to; i++) give(result, i, speaker);
}

/** "Schmorak and three colleagues “were sitting outside … we heard …": a name, then its predicate quoted. */
const QUOTED_PREDICATE = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})( and [^“”"]{1,40})? [“"]\p{Ll}/u;

/**
 * The person the article has named whose own words the sentence quotes as its predicate: the
 * quote speaks in the first person, as "I" of one and "we" of a group with others ("Lee “was not
 * aware” of it" may be anyone's words about Lee).
 */
function quotedPredicate(sentence: string, index: number, discourse: Discourse): ResolvedSpeaker | undefined {
  const found = QUOTED_PREDICATE.exec(sentence);
  // ("Decadt “was a fantastic wife … to our two sons”": her husband's words; a group speaks as "we".)
  const speaking = found?.[2] ? /\b(?:we|our|us)\b/ : /\b(?:I|my|me)\b/;
  const name = found && speaking.test(sentence.slice(found[0].length)) ? found[1] : undefined;
  const known = name && discourse.known(name);
  return known ? discourse.resolve({ kind: "person", name: known.name, roles: [] }, index) : undefined;
}

interface Found {
  speakers: ResolvedSpeaker[];
  /** "Lee said in an email." with no quote: the attribution of the quote before it. */
  bare: boolean;
}

const NOBODY: Found = { speakers: [], bare: false };

function speakersOf(sentence: string, index: number, discourse: Discourse, quotedAtStart: boolean): Found {
  const tokens = tokenize(sentence);
  const all = findCues(tokens, quotedAtStart);
  const found = resolveCues(sentence, tokens, mainCues(tokens, all), index, discourse);
  // ("…, saying they would face no harm, court documents showed.": evidence that names no issuer
  // leaves the sentence to its other cues.)
  if (found.speakers.length || !all.some((c) => isDocumentary(tokens, c))) return found;
  const others = all.filter((c) => !isDocumentary(tokens, c));
  return resolveCues(sentence, tokens, mainCues(tokens, others), index, discourse);
}

/** "found", "showed": a cue only a document speaks with, for an issuer the article named. */
const isDocumentary = (tokens: Token[], cue: Cue) => DOCUMENT_VERBS.has(tokens[cue.at]!.lemma);

function resolveCues(sentence: string, tokens: Token[], cues: FoundCue[], index: number, discourse: Discourse): Found {
  const out: ResolvedSpeaker[] = [];
  // One phrase is one speaker, however many cues share it ("The 64-year-old denied it, saying
  // …": resolved twice, the second time would find the person named before the first).
  const resolved = new Set<string>();
  for (const { cue, phrases } of cues) {
    for (const phrase of phrases) {
      const span = `${phrase.start}:${phrase.end}`;
      if (resolved.has(span)) continue;
      resolved.add(span);
      const mention = mentionOf(tokens, phrase);
      // ("The documents show …": evidence, which speaks only for an issuer the article named.)
      const speaker = mention && discourse.resolve(mention, index, isDocumentary(tokens, cue));
      if (speaker && !out.some((s) => s.name === speaker.name)) out.push(speaker);
    }
  }
  return { speakers: out, bare: cues.length === 1 && !QUOTATION.test(sentence) && saysNothing(tokens, cues[0]!) };
}

const QUOTATION = /[“”"]/;
/** "“Kerry told Lavrov: ‘…’”": a quote that itself quotes someone reports their words. */
const QUOTE_IN_QUOTE = /[“"][^”"]*:\s*‘/;

/**
 * "Lee said in an email to AFP.", "Kim asked as she entered the hall.": the cue has no content
 * after it (only adjuncts or a subordinate clause), so what was said came before.
 */
function saysNothing(tokens: Token[], { cue, phrases }: FoundCue): boolean {
  const after = pastAddressee(
    tokens,
    cue,
    Math.max(cue.end, ...phrases.filter((p) => p.start > cue.at).map((p) => Math.max(p.modifierEnd ?? p.end, p.apposition?.end ?? 0))),
  );
  const rest = tokens.slice(after).filter((t, k, all) => !(k === all.length - 1 && /^[.!?]$/.test(t.text)));
  if (!rest.length) return true;
  if (!/^(?:ADP|SCONJ|ADV)$/.test(rest[0]!.pos) && rest[0]!.text !== ",") return false;
  for (const t of rest) {
    if (t.lower === "that" || t.text === ":") return false;
    if (t.pos === "SCONJ" || /^(?:as|while|when|after|before)$/.test(t.lower)) return true;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
  }
  return true;
}

/**
 * A quote left without a speaker, then "Lee said in an email." on its own: the quote is Lee's,
 * back to the sentence that opened it.
 */
function attributeQuotesBefore(sentences: string[], result: Attribution[], bare: boolean[]) {
  for (let i = 1; i < sentences.length; i++) {
    if (!bare[i] || !result[i]!.speaker.length || !/[”"][)\]]?$/.test(sentences[i - 1]!) || result[i - 1]!.speaker.length) continue;
    let opener = i - 1;
    while (opener > Math.max(0, i - 8) && !opensWithQuote(sentences[opener]!) && !result[opener - 1]!.speaker.length) opener--;
    if (!opensWithQuote(sentences[opener]!)) continue;
    for (let j = opener; j < i; j++) give(result, j, result[i]!);
  }
}

interface FoundCue {
  cue: Cue;
  phrases: SourcePhrase[];
}

const BOUNDARIES = /^(?:;|but|after|before|when|while|whereas|although|though|because|however)$/;

/**
 * The cues that attribute the sentence, not speech reported inside what is said: in
 * "Lee said Kim had told her …" and "Kim had told her …, Lee said" only Lee's cue counts.
 * A later cue counts again after a clause boundary ("…, but Kim said", "after Kim said").
 */
function mainCues(tokens: Token[], cues: Cue[]): FoundCue[] {
  const found = cues
    .map((cue) => ({ cue, phrases: sourcesOf(tokens, cue) }))
    // ("The survey found that …" reports; "she found the keys were gone" does not.)
    .filter((f) => f.phrases.length && (!isDocumentary(tokens, f.cue) || f.phrases.every((p) => isDocument(tokens, p))));
  const final = found.findLast((f) => isFinalAttribution(tokens, f));
  // "Lee said: “…”, TASS reported.": a quote introduced by its own speaker keeps that speaker.
  if (final) {
    const start = Math.min(final.cue.at, ...final.phrases.map((p) => p.start));
    return [
      ...found.filter(
        (f) =>
          f !== final &&
          (tokens[f.cue.end]?.text === ":" ||
            // ("“…”, Putin told Kerry, according to TASS": who carries the words does not replace who said them.)
            final.cue.kind === "according" ||
            hasBoundary(tokens, Math.min(...f.phrases.map((p) => p.start)) - 1, start)),
      ),
      final,
    ];
  }
  const kept: FoundCue[] = [];
  let end = -1;
  // "While Kerry said …, the Kremlin rejected …": the first clause was subordinate.
  let subordinate = false;
  for (const f of found) {
    const start = Math.min(...f.phrases.map((p) => p.start));
    const afterComma = tokens.slice(Math.max(0, end), start).some((t) => t.text === ",");
    // ("According to court filings, Lee said …": the opening phrase and the clause after it, both.)
    const afterAccording = kept.at(-1)?.cue.kind === "according" && afterComma;
    // ("Lee said it was late and Kim climbed down, saying …": a participle's own clause, joined on.)
    const joined = f.cue.kind === "participle" && tokens[f.cue.at - 1]?.text === "," && tokens[start - 1]?.pos === "CCONJ";
    if (kept.length && start >= end && !hasBoundary(tokens, end, start) && !(subordinate && afterComma) && !afterAccording && !joined)
      continue;
    if (!kept.length)
      subordinate = BOUNDARIES.test(tokens[start - 1]?.lower ?? "") || /^(?:if|as|since)$/.test(tokens[start - 1]?.lower ?? "");
    kept.push(f);
    end = Math.max(end, f.cue.end);
  }
  return kept;
}

/** Whether a source phrase is headed by an issued document ("the survey", "a report by the bureau"). */
function isDocument(tokens: Token[], phrase: SourcePhrase): boolean {
  return ISSUED.has(tokens[phrase.end - 1]!.lemma);
}

const ISSUED: ReadonlySet<string> = new Set(ISSUED_DOCUMENTS);

/** "…, officials said." / "…,” said Lee on Monday.": the cue and its source close the sentence. */
function isFinalAttribution(tokens: Token[], { cue, phrases }: FoundCue): boolean {
  const first = phrases[0]!;
  const inverted = first.start > cue.at;
  const opener = tokens[(inverted ? cue.at : first.start) - 1];
  if (!opener || !/^[,”"’]$/.test(opener.text)) return false;
  const after = pastAddressee(
    tokens,
    cue,
    Math.max(cue.end, ...phrases.map((p) => p.modifierEnd ?? p.end), ...phrases.map((p) => p.apposition?.end ?? 0)),
  );
  const next = tokens[after];
  if (next && !/^[.,;:!?]$/.test(next.text) && next.pos !== "ADP" && next.pos !== "ADV") return false;
  for (let k = after; k < tokens.length; k++) {
    if (tokens[k]!.text === ",") return true;
    if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return false;
  }
  return true;
}

/** "…, he told Reuters.": past the one told, who is no content (from `after`, the token after the cue). */
function pastAddressee(tokens: Token[], cue: Cue, after: number): number {
  if (tokens[cue.at]!.lemma !== "tell") return after;
  let k = after;
  while (k < tokens.length && /^(?:PROPN|NOUN|DET|PRON)$/.test(tokens[k]!.pos)) k++;
  return k;
}

function hasBoundary(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (BOUNDARIES.test(tokens[k]!.lower)) return true;
    if (tokens[k]!.text === "," && tokens[k + 1]?.pos === "CCONJ") return true;
  }
  return false;
}

/** A photo's caption or a subheading set between paragraphs: no closing punctuation, no quote. */
const isCaption = (s: string) => !/[.!?”"’):]$/.test(s) && !QUOTATION.test(s) && s.split(" ").length < 25;

/** A title or caption: no closing punctuation, a few words, no quote. */
function isHeadline(sentence: string): boolean {
  return !/[.!?”"’)]$/.test(sentence) && sentence.split(" ").length < 10;
}

/** For each sentence, whether a quote opened before it is still open (reset at each paragraph). */
function openQuotes(sentences: string[], paragraphStarts: ReadonlySet<number>): boolean[] {
  let open = false;
  return sentences.map((sentence, i) => {
    // A sentence that opens with a quotation mark starts a quote of its own, even when the
    // writer left the one before unclosed.
    if (paragraphStarts.has(i) || opensWithQuote(sentence)) open = false;
    const atStart = open;
    const balance = quoteBalance(sentence);
    if (balance > 0) open = true;
    else if (balance < 0) open = false;
    return atStart;
  });
}

function withQuote(sentence: string): { quote?: string } {
  const m = /[“"]([^”"]{3,})[”"]/.exec(sentence);
  return m?.[1] ? { quote: m[1].trim() } : {};
}

/**
 * Quotes that run over several sentences: every sentence of the run takes the speaker the run
 * is attributed to, and a quote that opens right after an attributed sentence continues it.
 * A run ends where its quote closes, or at the end of its paragraph unless the next paragraph
 * opens with a quotation mark (the convention for a quote over several paragraphs); a stray
 * quotation mark therefore never carries a speaker past its paragraph.
 */
function carryAcrossQuotes(sentences: string[], result: Attribution[], paragraphStarts: ReadonlySet<number>) {
  let run: number[] = [];
  let open = false;
  const flush = () => {
    const first = run.find((i) => result[i]!.speaker.length);
    let source = first === undefined ? undefined : result[first]!;
    // "Lee said: “We rebuilt it." then the quote goes on: the sentence before the run speaks it.
    const before = run[0] === undefined ? undefined : result[run[0] - 1];
    if (!source && before?.speaker.length && run[0] !== undefined && opensWithQuote(sentences[run[0]]!)) source = before;
    // A paragraph of quote with no attribution at all: whoever the paragraph before quoted, if one.
    if (!source && run[0] !== undefined && paragraphStarts.has(run[0]) && opensWithQuote(sentences[run[0]]!))
      source = soleSpeakerBefore(run[0], result, paragraphStarts);
    if (source) for (const i of run) if (!result[i]!.speaker.length) give(result, i, source);
    run = [];
  };
  sentences.forEach((sentence, i) => {
    if (paragraphStarts.has(i) && open && !opensWithQuote(sentence)) {
      flush();
      open = false;
    }
    const balance = quoteBalance(sentence);
    // "She said: “We took advice. “We would like …”": the writer reopened a quote left unclosed;
    // the sentence still belongs to the run, and its own marks say whether the run goes on.
    const reopens = open && opensWithQuote(sentence);
    if (open || balance > 0) run.push(i);
    if (reopens) {
      open = balance > 0;
      if (!open) flush();
      return;
    }
    if (
      opensWithQuote(sentence) &&
      !result[i]!.speaker.length &&
      i > 0 &&
      result[i - 1]!.speaker.length &&
      (!paragraphStarts.has(i) || isQuoteOnly(sentences[i - 1]!) || (isQuoteOnly(sentence) && endsQuoting(sentences[i - 1]!))) &&
      // (Not when the quote it opens closes on an attribution of its own: "“…LaVar, you could …
      // / … / Ungrateful fool!,” Trump tweeted.")
      !(balance > 0 && closesOnAttribution(i, sentences, result, paragraphStarts))
    ) {
      // A whole-quote sentence right after an attributed one goes on quoting that speaker.
      give(result, i, result[i - 1]!);
    } else if (
      isQuoteOnly(sentence) &&
      !result[i]!.speaker.length &&
      i > 1 &&
      isCaption(sentences[i - 1]!) &&
      !result[i - 1]!.speaker.length &&
      result[i - 2]!.speaker.length &&
      endsQuoting(sentences[i - 2]!)
    ) {
      // ("…,” he said. / A photo's caption / “Humans couldn't compete.”": the caption between
      // does not end the quoting.)
      give(result, i, result[i - 2]!);
    } else if (
      opensWithQuote(sentence) &&
      balance === 0 &&
      !result[i]!.speaker.length &&
      paragraphStarts.has(i) &&
      !QUOTE_IN_QUOTE.test(sentence)
    ) {
      // A paragraph that is one whole quote: whoever the paragraph before quoted, if one.
      const before = soleSpeakerBefore(i, result, paragraphStarts);
      if (before) give(result, i, before);
    }
    if (open && balance < 0) {
      open = false;
      flush();
    } else if (!open && balance > 0) open = true;
  });
  flush();
}

/**
 * Two apostrophes (or backticks) typed for a quotation mark: "Well, this is proof,'' said Ford.";
 * an opening mark typed where the quote closes: "…, it was an everyday experience, “ said Lee."
 */
export const withQuotationMarks = (sentence: string) => sentence.replace(/''|``/g, '"').replace(/([,.!?]) ?“(?= \p{Ll})/gu, "$1”");

/**
 * Wire copy marks names and stock symbols with angle brackets: "<Parlux Fragrances Inc> said",
 * "American Express Co <AXP>, …, said". The symbol says nothing of who spoke; the marks would
 * cut the name off its verb.
 */
export const withPlainNames = (sentence: string) =>
  sentence.includes("<") ? sentence.replace(/ ?<[A-Z0-9.-]{1,10}>/g, "").replace(/<([^<>]{2,80})>/g, "$1") : sentence;

/** Whether the quote that sentence `i` leaves open closes, within its paragraphs, on a sentence with a speaker. */
function closesOnAttribution(i: number, sentences: string[], result: Attribution[], paragraphStarts: ReadonlySet<number>): boolean {
  let open = quoteBalance(sentences[i]!);
  for (let j = i + 1; j < sentences.length && !(paragraphStarts.has(j) && !opensWithQuote(sentences[j]!)); j++) {
    open = opensWithQuote(sentences[j]!) ? quoteBalance(sentences[j]!) : open + quoteBalance(sentences[j]!);
    if (open <= 0) return result[j]!.speaker.length > 0;
  }
  return false;
}

/** The one speaker of the paragraph before sentence `i`, if all its attributed sentences have the same. */
function soleSpeakerBefore(i: number, result: Attribution[], paragraphStarts: ReadonlySet<number>): Attribution | undefined {
  let start = i - 1;
  while (start > 0 && !paragraphStarts.has(start)) start--;
  const attributed = result.slice(Math.max(0, start), i).filter((a) => a.speaker.length);
  const first = attributed[0];
  return first && attributed.every((a) => a.speaker.join("|") === first.speaker.join("|")) ? first : undefined;
}

const opensWithQuote = (s: string) => /^[“"‘]/.test(s);
const isQuoteOnly = (s: string) => /^[“"]/.test(s) && /[”"][.]?$/.test(s);
/** "…,” she said." or a quote-only sentence: the paragraph ended on its speaker's words. */
const endsQuoting = (s: string) => isQuoteOnly(s) || /[”"],? (?:\p{Ll}+ ){1,3}\p{Ll}+\.$|[”"],? \p{Lu}[\p{L} .'-]* \p{Ll}+\.$/u.test(s);

/** Opening minus closing quotation marks; straight quotes open after a space or at the start. */
function quoteBalance(sentence: string): number {
  let balance = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === "“") balance++;
    else if (c === "”") balance--;
    else if (c === '"') balance += i === 0 || /[\s([—–-]/.test(sentence[i - 1]!) ? 1 : -1;
  }
  return balance;
}
