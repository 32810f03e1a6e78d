import { DEMONYMS, demonymOf, isPlaceName } from "../country";
import { classifyRun, NAME_PARTICLES, NAME_PREPOSITIONS, ORG_JOINERS } from "../noun-phrases";
import { type Gender, genderOfWords } from "./gender";
import {
  BODIES,
  COLLECTIVE,
  DOCUMENT_HEADS,
  EPITHETS,
  LEGAL_FORMS,
  ORGANISATION_HEADS,
  OUTLETS,
  PAIRED_MODIFIERS,
  PARTIES,
  PARTITIVES,
  PEOPLE_HEADS,
  ROLE_ABBREVIATIONS,
  ROLE_HEADS,
  singularOf,
} from "./lexicon";
import { hasOrganisationJoiner, inOrganisationName, ORG_TAILS, type SourcePhrase } from "./source-phrase";
import type { Token } from "./tokens";

export type { Gender };

/** What a source phrase names, before it is resolved within the article. */
export type Mention =
  /** `named`: whether a name comes before the pronoun in its sentence, so that it may stand for it. */
  | { kind: "pronoun"; pronoun: string; named?: boolean }
  /** `issuer`: named only as whose a document is ("the Lee report"), which may be a firm's name. */
  | { kind: "person"; name: string; roles: string[]; gender?: Gender; issuer?: boolean }
  | { kind: "organisation"; name: string }
  | { kind: "place"; name: string }
  /**
   * An unnamed person or group: "officials", "a Treasury official", "spokesman for the league".
   * `owner`: the pronoun of "his lawyer", "her office", whose holder the article resolves.
   */
  | { kind: "source"; name: string; plural: boolean; gender?: Gender; owner?: OwnerPronoun; link?: "for" | "of"; organisation?: boolean }
  /** "the prime minister": whoever the article names with that office. */
  /** `heldOnly`: the office stands only for someone the article gave it to, never for itself. */
  /** `qualified`: an office of a country ("the Russian president"), nobody else's when nobody holds it. */
  | { kind: "role"; role: string; name: string; heldOnly?: boolean; qualified?: boolean }
  /** "the England striker": a person the article names, known as that. */
  | { kind: "description"; word: string; gender?: Gender }
  /** "the firm": the organisation the article is about. */
  | { kind: "organisation-reference"; name?: string }
  /** "the statement": whoever issued it. */
  | { kind: "document"; word: string; unnamed?: boolean };

export type OwnerPronoun = "he" | "she" | "they";

const SURVEYS = /^(?:survey|poll|study|analysis|review|audit)$/;
const QUANTITIES = /^(?:dozens|hundreds|thousands|scores|millions|tens)$/;
const OWNERS: Record<string, OwnerPronoun> = { his: "he", her: "she", their: "they" };

const NOT_IN_NAMES = /^(?:ADP|SCONJ|VERB|ADV|DET|PRON|AUX|CCONJ|NUM)$/;
const GENERIC_ADJECTIVES =
  /^(?:senior|top|unnamed|anonymous|high-ranking|high-level|key|leading|former|one|some|several|many|two|three|dozen|dozens|other|another|few|most|certain|local|junior|chief)$/;
const FOR_HEADS = /^(?:spokesman|spokeswoman|spokesperson|lawyer|attorney|aide|adviser|advisor|representative|counsel|solicitor)$/;
const words = (tokens: Token[], start: number, end: number) => tokens.slice(start, end).map((t) => t.text);
// A noun phrase only takes in hyphens written inside a word, so " - " in one is "half-dozen".
const join = (parts: string[]) =>
  parts
    .join(" ")
    .replace(/ (['’]s?)(?= |$)/g, "$1")
    .replace(/ \. /g, ". ")
    .replace(/ - /g, "-");

/**
 * What a phrase found by `sourcesOf` names: "Finance Minister Maria Olsen" → person
 * "Maria Olsen" with role "finance minister"; "a spokesman for the league" → source
 * "spokesman for the league"; "the firm" → a reference to the organisation of the article.
 */
export function mentionOf(tokens: Token[], phrase: SourcePhrase): Mention | undefined {
  if (phrase.spelled) return { kind: "organisation", name: join(words(tokens, phrase.start, phrase.end)) };
  const own = classify(tokens, phrase.start, phrase.end, phrase.modifierEnd);
  if (!phrase.apposition) return own;
  const other = classify(tokens, phrase.apposition.start, phrase.apposition.end);
  // "Lee, a banker," and "the banker, Lee,": the name wins, the other half is a role.
  if (other?.kind === "person" && own?.kind !== "person")
    return {
      ...other,
      roles: [...other.roles, ...rolesOf(tokens, phrase.start, phrase.end)],
      gender: other.gender ?? genderOf(tokens, phrase.start, phrase.end),
    };
  if (own?.kind === "person" && other && other.kind !== "person")
    return {
      ...own,
      roles: [...own.roles, ...rolesOf(tokens, phrase.apposition.start, phrase.apposition.end)],
      gender: own.gender ?? genderOf(tokens, phrase.apposition.start, phrase.apposition.end),
    };
  return own ?? other;
}

function classify(tokens: Token[], start: number, end: number, modifierEnd?: number): Mention | undefined {
  const first = tokens[start]!;
  // "Dozens of officials said": the group counted speaks.
  if (end - start === 1 && QUANTITIES.test(first.lower) && tokens[end]?.lower === "of" && modifierEnd && modifierEnd > end + 1)
    return classify(tokens, end + 1, modifierEnd);
  if (end - start === 1 && first.pos === "PRON")
    return { kind: "pronoun", pronoun: first.lower, named: tokens.slice(0, start).some((t) => t.pos === "PROPN") };
  // "Saipov’s sister", "the BBC's director of sport": the possessor only qualifies the head.
  let possessive = -1;
  for (let k = end - 1; k >= start; k--)
    if (/^['’]s?$/.test(tokens[k]!.text)) {
      possessive = k;
      break;
    }
  const headStart = possessive >= 0 ? possessive + 1 : start;
  if (headStart >= end) return undefined;
  const last = tokens[end - 1]!;
  // "Sears, Roebuck and Co", "Samuel Montagu and Co Ltd": a company named after several people is one organisation.
  let tail = end - 1;
  while (tail > start && LEGAL_FORMS.has(tokens[tail]!.text.replace(/\.$/, ""))) tail--;
  if (ORG_TAILS.test(tokens[tail]!.text) && tokens.slice(start, tail).some((t) => t.lower === "and" || t.text === "&")) {
    // ("farm machinery maker Deere & Co": what the company is comes before its name.)
    let named = start;
    while (named < end - 1 && !/^[A-Z]/.test(tokens[named]!.text)) named++;
    return { kind: "organisation", name: join(words(tokens, named, end)).replace(/ ,/g, ",") };
  }
  const determiner = tokens[start]!.pos === "DET" ? tokens[start]!.lower : possessive >= 0 ? "the" : "";
  // ("Yoo Ji-chang": a given name's second half may be written in lower case.)
  const hyphenated = end - start >= 3 && tokens[end - 2]!.text === "-" && !last.spaced && /^[A-Z]/.test(tokens[end - 3]!.text);
  if (last.pos === "PROPN" || /^[A-Z]/.test(last.text) || hyphenated) {
    let runStart = end - 1;
    // "Joining Michelle", "Despite Scott": a capitalised verb or preposition is no part of the name.
    const inName = (t: Token, before: Token | undefined) =>
      (/^[A-Z]/.test(t.text) && !NOT_IN_NAMES.test(t.pos)) ||
      NAME_PARTICLES.has(t.lower) ||
      // ("Comptroller of the Currency")
      (t.lower === "the" && before?.lower === "of" && inOrganisationName(tokens, tokens.indexOf(t) - 2)) ||
      NAME_PREPOSITIONS.has(t.text) ||
      (/^(?:on|for)$/.test(t.lower) && before !== undefined && /^[A-Z]/.test(before.text) && ORGANISATION_HEADS.has(before.lower)) ||
      // "Bradford & Bingley", "Marks & Spencer": an ampersand joins one name.
      (t.text === "&" && before !== undefined && /^[A-Z]/.test(before.text)) ||
      // "Food and Drug Administration", not "House and Senate".
      (/^(?:and|&)$/.test(t.lower) &&
        ORGANISATION_HEADS.has(last.lemma) &&
        !(end - tokens.indexOf(t) === 2 && BODIES.has(last.lower)) &&
        before !== undefined &&
        /^[A-Z]/.test(before.text) &&
        !ORGANISATION_HEADS.has(before.lower)) ||
      // "Institute on Taxation and Economic Policy".
      (/^(?:and|&)$/.test(t.lower) &&
        before !== undefined &&
        /^[A-Z]/.test(before.text) &&
        hasOrganisationJoiner(tokens, headStart, tokens.indexOf(t)) &&
        !(end - tokens.indexOf(t) === 2 && BODIES.has(last.lower)));
    // "Jean-Claude Juncker", "Cyril Olivès-Berthet": a hyphen inside a name, written without spaces.
    const hyphenBefore = (k: number) =>
      tokens[k - 1]?.text === "-" &&
      !tokens[k]!.spaced &&
      !tokens[k - 1]!.spaced &&
      k - 1 > headStart &&
      inName(tokens[k - 2]!, tokens[k - 3]);
    while (runStart > headStart && (hyphenBefore(runStart) || inName(tokens[runStart - 1]!, tokens[runStart - 2])))
      runStart -= hyphenBefore(runStart) ? 2 : 1;
    // Tokens written together make one word of the name ("Jean", "-", "Claude" → "Jean-Claude").
    const run: string[] = [];
    tokens.slice(runStart, end).forEach((t, k) => {
      const text = t.text.replace(/[”"]+$/, "");
      if (k > 0 && (!t.spaced || run.at(-1)!.endsWith("-")) && /^[-\p{L}]/u.test(text) && t.text !== "'s") run[run.length - 1] += text;
      else run.push(text);
    });
    // "The Scot added": a nationality for the person the article is about.
    if (run.length === 1 && determiner === "the" && DEMONYMS.has(run[0]!) && !run[0]!.endsWith("s"))
      return { kind: "pronoun", pronoun: "person" };
    // "the first-term Nevada Democrat denied": a member of a party, for a person the article names.
    const member = run.at(-1)!.toLowerCase();
    // (Not "the committee's ranking Democrat": someone else's member is someone else.)
    if (determiner === "the" && possessive < 0 && PARTIES.has(member) && !member.endsWith("s") && !/^(?:labour|greens)$/.test(member))
      return { kind: "description", word: member };
    // "Polls say", "Reports suggest": documents nobody named issued, no one's name.
    if (run.length === 1 && DOCUMENT_HEADS.has(singularOf(run[0]!.toLowerCase()) ?? "")) return undefined;
    // "Labour said", "Republicans said": a party by its one-word name speaks as a body.
    if (run.length === 1 && runStart === headStart && PARTIES.has(run[0]!.toLowerCase())) {
      return run[0]!.endsWith("s") ? { kind: "source", name: run[0]!, plural: true } : { kind: "organisation", name: run[0]! };
    }
    // "The Cardinal said", "the PM insisted": an office written capitalised, for whoever holds it in the article.
    const office = run.length === 1 && determiner === "the" && possessive < 0 ? roleIn(run[0]!.toLowerCase()) : undefined;
    if (office) return { kind: "role", role: office, name: run[0]!, heldOnly: true };
    // ("The Malaysian PM said": a qualified office stays a source, as "the Malaysian prime minister" does.)
    const qualifiedOffice = run.length === 2 && determiner === "the" && DEMONYMS.has(run[0]!) ? roleIn(run[1]!.toLowerCase()) : undefined;
    if (qualifiedOffice) return { kind: "source", name: `${run[0]} ${qualifiedOffice}`, plural: false };
    const speaker = classifyRun(run);
    if (!speaker) return undefined;
    // (No person's name has an ampersand in it.)
    if (run.includes("&") && speaker.kind === "person") return { kind: "organisation", name: speaker.name };
    // "The U.S. has been pressing": a country the name classifier took for a person's name.
    if (speaker.kind === "person" && isPlaceName(speaker.name)) return { kind: "place", name: speaker.name };
    if (speaker.kind === "person") {
      // "her older brother Craig Robinson": whose he is tells nothing of his gender.
      const titled = words(tokens, tokens[headStart]!.pos === "PRON" ? headStart + 1 : headStart, end);
      return {
        kind: "person",
        name: speaker.name,
        roles: rolesOf(tokens, headStart, end),
        ...(genderOfWords(titled) ? { gender: genderOfWords(titled)! } : {}),
      };
    }
    if (speaker.kind === "institution") {
      if (isPlaceName(speaker.name)) return { kind: "place", name: speaker.name };
      // "The Institute said": the organisation the article named, as "the institute" would be.
      if (run.length === 1 && ORGANISATION_HEADS.has(run[0]!.toLowerCase()) && !BODIES.has(run[0]!.toLowerCase()))
        return { kind: "organisation-reference", name: run[0]!.toLowerCase() };
      // ("Moody's Investors Service", "Actors' Equity Association": a firm named with a possessive,
      // which owns nothing; not "the UN's Food & Agriculture Organisation", nor "the Legislature's office".)
      const founder =
        possessive === headStart - 1 && possessive - 1 === (tokens[start]!.pos === "DET" ? start + 1 : start)
          ? tokens[possessive - 1]!
          : undefined;
      if (
        founder?.pos === "PROPN" &&
        runStart === headStart &&
        run.length > 1 &&
        !/^[A-Z]{2,}$/.test(founder.text) &&
        !ORGANISATION_HEADS.has(founder.lower) &&
        !isPlaceName(founder.text) &&
        !DEMONYMS.has(founder.text)
      )
        return { kind: "organisation", name: `${founder.text}${tokens[possessive]!.text} ${speaker.name}` };
      return { kind: "organisation", name: speaker.name };
    }
    if (speaker.kind === "source") {
      const role = roleIn(speaker.name.toLowerCase());
      if (role && determiner === "the") return { kind: "role", role, name: speaker.name };
      // "Lawyers for Manafort said": the modifier says whose.
      const name = modifierEnd && modifierEnd > end ? join([speaker.name, ...words(tokens, end, modifierEnd)]) : speaker.name;
      return { kind: "source", name, plural: /s$/.test(speaker.name) };
    }
    return undefined;
  }
  if (last.pos !== "NOUN") return undefined;
  const lemma = last.lemma;
  const plural = last.lower !== lemma && last.lower.endsWith("s");
  const lowerWords = words(tokens, headStart, end).map((w) => w.toLowerCase());
  const role = roleIn(lowerWords.join(" "));
  if (DOCUMENT_HEADS.has(lemma) && !PEOPLE_HEADS.has(lemma)) {
    // "a statement from the firm", "a report by the commission", "the annual report of the
    // commission": the document speaks for them.
    // ("a survey of 5,196 firms", "the poll of voters": who was asked, not who asked.)
    const of = tokens[end]!.lower === "of" && !SURVEYS.test(lemma);
    const from = modifierEnd && modifierEnd > end + 1 && (/^(?:from|by)$/.test(tokens[end]!.lower) || of);
    const issuer = from ? classify(tokens, end + 1, modifierEnd) : undefined;
    return (
      (issuer?.kind === "document" ? undefined : issuer) ??
      issuerOf(tokens, start, possessive >= 0 ? possessive : end - 1, possessive >= 0) ?? {
        kind: "document",
        word: lemma,
        // ("Media reports say", "Court documents show": nobody's in particular.)
        ...(tokens[start]!.pos === "PROPN" && start === 0 && possessive < 0 ? { unnamed: true } : {}),
      }
    );
  }
  // "the 27-year-old said": an age stands for the person the article is about.
  if (
    determiner === "the" &&
    tokens.slice(headStart, end).some((t) => t.lower === "year") &&
    tokens.slice(headStart, end).some((t) => t.lower === "old")
  )
    return { kind: "pronoun", pronoun: "person" };
  if (EPITHETS.has(lemma) && !plural && determiner === "the" && possessive < 0) {
    const gender = genderOfWords([last.lower]);
    return { kind: "description", word: lemma, ...(gender ? { gender } : {}) };
  }
  // ("a three-judge panel": a number written into a compound stays.)
  // ("Current and former officials", "senior and junior staff": a pair of words that only qualify
  // the group; "Republican and Democratic lawmakers" keeps its names.)
  const pair = (at: number) =>
    tokens[at]?.lower === "and" &&
    PAIRED_MODIFIERS.has(tokens[at - 1]?.lower ?? "") &&
    /^\p{Ll}/u.test(tokens[at + 1]?.text ?? "") &&
    PAIRED_MODIFIERS.has(tokens[at + 1]!.lower);
  const paired = (k: number) => [-1, 0, 1].some((d) => pair(headStart + k + d));
  const modifiers = tokens.slice(headStart, end - 1).filter(
    (t, k) =>
      t.pos !== "DET" &&
      !paired(k) &&
      (!GENERIC_ADJECTIVES.test(t.lower) ||
        tokens[headStart + k + 1]?.text === "-" ||
        // ("half-dozen": written into a compound, not after a dateline's " - ".)
        (tokens[headStart + k - 1]?.text === "-" && !t.spaced)),
  );
  // ("the Republican president", "the Democratic senator": a party's word names nobody.)
  const named = modifiers.filter((t) => /^[A-Z]/.test(t.text) && !DEMONYMS.has(t.text) && !PARTIES.has(t.lower.replace(/ic$/, "")));
  // "Russia’s foreign ministry" is the Russian Foreign Ministry; "Kraft's board" the Kraft Board.
  if (ORGANISATION_HEADS.has(lemma) && possessive > start && tokens[possessive - 1]!.pos === "PROPN") {
    const owner = possessorOf(tokens, start, possessive);
    const heads = tokens.slice(headStart, end).filter((t) => t.pos !== "DET" && !GENERIC_ADJECTIVES.test(t.lower));
    const country = demonymOf(owner);
    // "Johnson's office" is the office of Johnson; "Russia's foreign ministry" the Russian Foreign Ministry.
    if (!country) return { kind: "organisation", name: join([...heads.map((t) => t.text), "of", owner]) };
    // ("Belgium's De Standaard newspaper", "China's Xinhua news agency": an outlet's own name.)
    const own = ownName(heads);
    if (own) return { kind: "organisation", name: own };
    return { kind: "organisation", name: join([country, ...heads.map((t) => titleCase(t.text))]) };
  }
  // ("the Bangor Daily News newspaper", "with Le Monde newspaper calling": the outlet's own name.)
  // ("a UN agency" is one of its agencies.)
  const own =
    ORGANISATION_HEADS.has(lemma) && !plural && possessive < 0 && !/^(?:a|an|one)$/.test(determiner)
      ? ownName(modifiers.concat(last))
      : undefined;
  if (own) return { kind: "organisation", name: own };
  if (ORGANISATION_HEADS.has(lemma) && !plural && /^(?:the|this|its|their|our)$/.test(determiner)) {
    // ("the US state department": the words from the first name on, capitalised.)
    const from = modifiers.findIndex((t) => named.includes(t));
    return named.length
      ? { kind: "organisation", name: join([...modifiers.slice(from).map((t) => titleCase(t.text)), titleCase(last.text)]) }
      : { kind: "organisation-reference", name: join([...modifiers.map((t) => t.text), last.text]) };
  }
  // "the Turkish foreign minister" is not the Russian one named before: a qualified office stays a source.
  const qualified = modifiers.some((t) => DEMONYMS.has(t.text));
  // ("the Russian president said" after "Russian President Vladimir Putin": the holder of that country's office.)
  const demonym = modifiers.length === 1 && DEMONYMS.has(modifiers[0]!.text) ? modifiers[0]!.text.toLowerCase() : undefined;
  if (role && demonym && !plural && determiner === "the" && possessive < 0 && role === last.lower)
    return { kind: "role", role: `${demonym} ${role}`, name: join([modifiers[0]!.text, last.text]), qualified: true };
  if (role && !plural && determiner === "the" && !named.length && !qualified) {
    // "Germany's defense minister": the office of that country.
    const owner = possessive > start ? join(words(tokens, tokens[start]!.pos === "DET" ? start + 1 : start, possessive)) : "";
    const country = owner && demonymOf(owner);
    // ("the mayor of Frankfurt": whose office it is stays with it when nobody holds it in the article.)
    const whose = modifierEnd && modifierEnd > end ? words(tokens, end, modifierEnd) : [];
    // "the head of research Peter Kim": the holder's name after the office.
    let named = whose.length;
    while (named > 0 && /^\p{Lu}/u.test(whose[named - 1]!) && tokens[end + named - 1]!.pos === "PROPN") named--;
    const holder = whose.length - named >= 2 && named > 0 ? classifyRun(whose.slice(named)) : undefined;
    if (holder?.kind === "person") return { kind: "person", name: holder.name, roles: [role] };
    return { kind: "role", role, name: join([...(country ? [country] : []), ...modifiers.map((t) => t.text), last.text, ...whose]) };
  }
  if (COLLECTIVE.has(last.lower)) return { kind: "source", name: last.lower, plural: true };
  // "his office said", "her lawyer told": speaking for the person the pronoun stands for.
  const owner = possessive < 0 && !named.length ? OWNERS[tokens[start - 1]?.lower ?? ""] : undefined;
  if (owner && (PEOPLE_HEADS.has(lemma) || ORGANISATION_HEADS.has(lemma))) {
    const gender = genderOfWords([last.lower]);
    return {
      kind: "source",
      name: join([...modifiers.map((t) => t.text), last.text]),
      plural,
      owner,
      link: FOR_HEADS.test(lemma) ? "for" : "of",
      organisation: ORGANISATION_HEADS.has(lemma),
      ...(gender ? { gender } : {}),
    };
  }
  if (!PEOPLE_HEADS.has(lemma)) return undefined;
  const head = [...modifiers.map((t) => t.text), last.text];
  let name = join(head);
  if (modifierEnd && modifierEnd > end) name = join([...head, ...words(tokens, end, modifierEnd)]);
  if (possessive > start) {
    const possessor = possessorOf(tokens, start, possessive);
    name = `${name} ${FOR_HEADS.test(lemma) ? "for" : "of"} ${possessor}`;
  }
  const gender = genderOfWords([last.lower]);
  return { kind: "source", name, plural, ...(gender ? { gender } : {}) };
}

/**
 * Who issued a document named with its issuer: "a Liverpool statement" → Liverpool, "Trump's
 * tweets" → Trump. Undefined when no name qualifies the document.
 */
function issuerOf(tokens: Token[], start: number, end: number, possessive: boolean): Mention | undefined {
  const named = tokens.slice(start, end).filter((t) => /^[A-Z]/.test(t.text) && t.pos === "PROPN" && !DEMONYMS.has(t.text));
  if (!named.length || named.length !== tokens.slice(start, end).filter((t) => t.pos !== "DET" && t.pos !== "ADJ").length) return undefined;
  // ("Exit polls showed", "Initial reports indicated": a capitalised word opening the sentence.)
  if (named[0] === tokens[0] && !possessive && named.length === 1 && !/^[A-Z]{2,}$/.test(named[0]!.text)) return undefined;
  const speaker = classifyRun(named.map((t) => t.text));
  if (speaker?.kind === "person") return { kind: "person", name: speaker.name, roles: [], issuer: true };
  if (speaker?.kind === "institution")
    return isPlaceName(speaker.name) ? { kind: "place", name: speaker.name } : { kind: "organisation", name: speaker.name };
  return undefined;
}

/**
 * Who a possessive names, as a speaker value: "President Barack Obama's team" → Barack Obama,
 * "some of Alabama's leaders" → Alabama.
 */
function possessorOf(tokens: Token[], start: number, possessive: number): string {
  const first = tokens[start]!.pos === "DET" ? start + 1 : start;
  // ("the brother's wife": a description, as written.)
  if (!/^\p{Lu}/u.test(tokens[possessive - 1]!.text)) return join(words(tokens, first, possessive));
  // The capitalised words (and the joiners and hyphens inside them) that end at the possessive:
  // "Last month Australia's" → Australia, "The U.S. House of Representatives'", "Coca-Cola Co's".
  let from = possessive;
  while (
    from > first &&
    (/^\p{Lu}/u.test(tokens[from - 1]!.text) ||
      ((ORG_JOINERS.has(tokens[from - 1]!.lower) ||
        tokens[from - 1]!.lower === "the" ||
        (tokens[from - 1]!.text === "-" && !tokens[from]!.spaced)) &&
        from - 1 > first))
  )
    from--;
  while (from < possessive && !/^\p{Lu}/u.test(tokens[from]!.text)) from++;
  // ("Some of Wall Street's", "Leaders of Italy's": a part of the name's bearers.)
  while (
    from + 2 < possessive &&
    tokens[from + 1]!.lower === "of" &&
    (PARTITIVES.has(tokens[from]!.lower) || PEOPLE_HEADS.has(singularOf(tokens[from]!.lower) ?? tokens[from]!.lower))
  )
    from += 2;
  const ws = words(tokens, from, possessive);
  return classifyRun(ws)?.name ?? join(ws);
}

/**
 * An outlet's own name before the word for what it is: "De Standaard newspaper" → De Standaard,
 * "Xinhua news agency" → Xinhua; undefined unless the name is capitalised and the words after it are not.
 */
function ownName(heads: Token[]): string | undefined {
  const named = heads.findIndex((t) => !/^\p{Lu}/u.test(t.text));
  if (named <= 0 || !OUTLETS.has(heads.at(-1)!.lower) || heads.slice(named).some((t) => /^\p{Lu}/u.test(t.text))) return undefined;
  const own = heads.slice(0, named);
  // ("the Texas newspaper" names where it is, not which.)
  return own.every((t) => DEMONYMS.has(t.text) || isPlaceName(t.text)) ? undefined : join(own.map((t) => t.text));
}

/** The office named by a phrase ("prime minister", "chief executive"), if any. */
function roleIn(phrase: string): string | undefined {
  const ws = phrase.split(" ");
  for (let n = Math.min(3, ws.length); n >= 1; n--) {
    const tail = ws.slice(-n).join(" ");
    if (ROLE_HEADS.has(tail)) return tail;
    if (n === 1 && ROLE_ABBREVIATIONS.has(tail)) return ROLE_ABBREVIATIONS.get(tail);
  }
  return undefined;
}

/** Offices in a phrase, lower case: "Finance Minister Maria Olsen" → ["finance minister", "minister"]. */
export function rolesOf(tokens: Token[], start: number, end: number): string[] {
  const lower = words(tokens, start, end).map((w) => w.toLowerCase());
  const roles: string[] = [];
  for (let i = 0; i < lower.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const phrase = lower.slice(i, i + n).join(" ");
      if (i + n <= lower.length && (ROLE_HEADS.has(phrase) || (n === 1 && EPITHETS.has(phrase)))) roles.push(phrase);
    }
    const spelled = ROLE_ABBREVIATIONS.get(lower[i]!);
    if (spelled) roles.push(spelled);
  }
  return roles;
}

function genderOf(tokens: Token[], start: number, end: number): Gender | undefined {
  return genderOfWords(words(tokens, start, end));
}

const titleCase = (w: string) => w[0]!.toUpperCase() + w.slice(1);
