import { type Cue, insideQuotes, previousWord } from "./cues";
import { CALENDAR, isSurnameParticle, NAME_PARTICLES, NAME_PREPOSITIONS } from "../noun-phrases";
import {
  BODIES,
  DESCRIBERS,
  DOCUMENT_HEADS,
  HONORIFICS,
  isTitleOfAddress,
  OBJECT_CONTROL,
  OCCASIONS,
  ORGANISATION_HEADS,
  PAIRED_MODIFIERS,
  PARTIES,
  PEOPLE_HEADS,
  QUOTING_VERBS,
  SAY_VERBS,
} from "./lexicon";
import type { Token } from "./tokens";

/** Tokens [start, end) of a phrase naming who spoke, with the appositive beside it, if any. */
export interface SourcePhrase {
  start: number;
  end: number;
  /** "Lee, a banker," / "the banker, Lee,": the other half of an apposition. */
  apposition?: { start: number; end: number };
  /** "of JPMorgan", "for the ministry": what follows a common-noun source. */
  modifierEnd?: number;
  /** An organisation's whole name, as the abbreviation after it spells it. */
  spelled?: boolean;
}

const PERSONAL = /^(?:he|she|they|it|we|who)$/;
const CLAUSE_OPENERS =
  /^(?:who|whose|which|when|while|if|although|though|as|asked|speaking|having|after|before|since|because|where|despite|unlike|like|in|at|on)$/;
const ADJUNCT_HEADS = /^(?:on|in|at|during|by|via|over|through|after|before|since|until|from|with|without|under|amid|in)$/;
const CLAUSE_OPENING_ADPS = /^(?:after|before|since|until)$/;
const ISSUING = /^(?:issue|release|publish|sign|send|write|post|put)$/;
const POST_MODIFIERS = /^(?:of|for|at|from|with|representing|in)$/;
const isNameJoiner = (word: string) => NAME_PARTICLES.has(word) || word === "and" || word === "&";
const CLOSING_QUOTE = /^[”"’']$/;
const QUOTE_MARK = /^[“”"‘’']$/;
const REFLEXIVES = /^(?:himself|herself|themselves|itself)$/;
const RELATIVES = /^(?:who|whose|which|that)$/;
const TIME_MODIFIERS = /^(?:this|last|next|that|early|late|earlier|later)$/;
const TIME_NOUNS = /^(?:week|weekend|month|year|morning|afternoon|evening|night|day|today|yesterday|tonight|time)$/;
export const ORG_TAILS = /^(?:Co|Company|Sons|Partners|Associates|Brothers|Bros)\.?$/;

const isNominal = (t: Token | undefined) => t !== undefined && /^(?:PROPN|NOUN)$/.test(t.pos);
const isCapitalised = (t: Token | undefined) => t !== undefined && /^[A-Z]/.test(t.text);
/** "Joint Committee on Taxation", "Center for Responsive Politics": "on", "for" inside an organisation's name. */
const joinsOrganisation = (joiner: Token, before: Token | undefined, after: Token | undefined) =>
  /^(?:on|for)$/.test(joiner.lower) &&
  before !== undefined &&
  /^[A-Z]/.test(before.text) &&
  ORGANISATION_HEADS.has(before.lower) &&
  !isDate(after?.text ?? "");
// After "on", May is the month: "the Committee on May 5".
const isDate = (word: string) => CALENDAR.test(word) || word === "May";

/**
 * Who the cue's sentence says spoke: the subject before a verb (past appositives, time phrases
 * and adverbs), the phrase after an inverted verb or "according to", the agent of a passive,
 * or the subject of the clause a participle hangs on. Several when subjects are coordinated.
 */
export function sourcesOf(tokens: Token[], cue: Cue): SourcePhrase[] {
  switch (cue.kind) {
    case "according":
      return phraseFrom(tokens, cue.end);
    case "passive": {
      for (let k = cue.end; k < Math.min(tokens.length, cue.end + 6); k++) if (tokens[k]!.lower === "by") return phraseFrom(tokens, k + 1);
      return [];
    }
    case "participle":
      return clauseSubject(tokens, cue.at);
    case "verb": {
      const before = previousWord(tokens, cue.at);
      const t = tokens[before];
      // "…,” said Lee" / "…, said Mr Blair." / "“…” says the report"
      // "Murray Lee, an analyst with the Center, said the use of …": a name with its apposition
      // before the verb; what follows is the content.
      // ("Lee, whose government took office in May, said countries who …": the subject opens the
      // sentence past a clause; what follows the verb is the content.)
      const subjects = t?.text === "," ? subjectBefore(tokens, cue.at) : undefined;
      if (subjects?.length === 1) {
        const [subject] = subjects as [SourcePhrase];
        const clause = tokens[subject.end]?.text === "," && CLAUSE_OPENERS.test(tokens[subject.end + 1]?.lower ?? "");
        if (subject.apposition || (clause && opensSentence(tokens, subject.start))) return subjects;
      }
      // (", saying her death was …": a participle never has its subject after it; nor has "told".)
      const invertible = tokens[cue.at]!.lemma !== "tell" && !tokens[cue.at]!.lower.endsWith("ing");
      // After a comma only verbs of saying invert ("…, said Lee"; not "Lee, shaken, called the attacks …").
      if (
        t &&
        invertible &&
        // ("“It will rise”, predicted Naoki Kamiyama": any cue inverts right after a quote.)
        ((t.text === "," && (SAY_VERBS.has(tokens[cue.at]!.lemma) || CLOSING_QUOTE.test(tokens[before - 1]?.text ?? ""))) ||
          CLOSING_QUOTE.test(t.text))
      ) {
        const after = phraseFrom(tokens, cue.end);
        // "…, Lee, 25, a student, said Saturday.": a day after the verb is when, not who.
        if (after.length && endsClause(tokens, after[0]!.modifierEnd ?? after[0]!.end) && !isTime(tokens, after[0]!)) return after;
      }
      // "…, warned the magazine.": any cue inverts when a source ends the sentence after it.
      if (t?.text === "," && invertible) {
        const [after] = phraseFrom(tokens, cue.end);
        const head = after && tokens[after.end - 1]!;
        const last = after && (after.modifierEnd ?? after.end) === tokens.length - 1 && /^[.!]$/.test(tokens.at(-1)!.text);
        if (last && head && (head.pos === "PROPN" || PEOPLE_HEADS.has(head.lemma) || DOCUMENT_HEADS.has(head.lemma))) return [after];
      }
      return subjects ?? subjectBefore(tokens, cue.at);
    }
  }
}

/** Whether the phrase ending before `k` closes its clause: "…, said Lee." / "…, said Lee on Monday". */
function endsClause(tokens: Token[], k: number): boolean {
  const next = tokens[k];
  // "…,” said Li Jingxin whose brother is missing": a relative clause describes the speaker.
  // "…,” said one officer involved in the raid": a participle describes the speaker.
  const participle = /^(?:VERB|ADJ)$/.test(next?.pos ?? "") && /(?:ed|ing)$/.test(next!.lower) && tokens[k + 1]?.pos === "ADP";
  return (
    !next ||
    /^[.,;:!?”"’)]$/.test(next.text) ||
    next.pos === "ADP" ||
    next.pos === "CCONJ" ||
    // ("…,” said Nadal afterwards.")
    (next.pos === "ADV" && /^[.,;!?]$/.test(tokens[k + 1]?.text ?? ".")) ||
    RELATIVES.test(next.lower) ||
    participle
  );
}

/** "Saturday", "this week", "last month": when something was said, not who said it. */
function isTime(tokens: Token[], phrase: SourcePhrase): boolean {
  const words = tokens.slice(phrase.start, phrase.end);
  const last = words[words.length - 1]!;
  // ("May" alone is as often Theresa May.)
  if (!(CALENDAR.test(last.text) || TIME_NOUNS.test(last.lower))) return false;
  return words.every((t, k) => k === words.length - 1 || TIME_MODIFIERS.test(t.lower) || isDate(t.text));
}

/** The subject of the verb at `verb`, looking left. */
export function subjectBefore(tokens: Token[], verb: number, depth = 0): SourcePhrase[] {
  // "Le Pen, who held a news conference to declare …": the occasion's subject declares.
  if (tokens[verb - 1]?.lower === "to" && depth < 2) {
    const occasion = occasionBefore(tokens, verb - 1);
    if (occasion >= 0) return subjectBefore(tokens, occasion, depth + 1);
    // "Flynn was the first member of the cabinet to plead guilty": an infinitive after a noun
    // says what kind of member, not who spoke; but "prompted several senators to say": the
    // object of a verb such as prompt speaks.
    if (isNominal(tokens[verb - 2])) {
      const object = phrasesEndingAt(tokens, verb - 2);
      let before = (object[0]?.start ?? verb - 2) - 1;
      while (before >= 0 && tokens[before]!.pos === "ADV") before--;
      return before >= 0 && tokens[before]!.pos === "VERB" && OBJECT_CONTROL.has(tokens[before]!.lemma) ? object : [];
    }
  }
  let k = verb - 1;
  // "Obama herself described": the reflexive only stresses the subject.
  while (k >= 0 && (/^(?:ADV|PART|AUX)$/.test(tokens[k]!.pos) || REFLEXIVES.test(tokens[k]!.lower))) k--;
  for (let guard = 0; guard < 8 && k >= 0; guard++) {
    const t = tokens[k]!;
    // "AC Milan's website, which said": the relative's antecedent.
    // ("Prevezon Holdings, a Russian-controlled company, which agreed": the name the company is.)
    if (t.lower === "which" && tokens[k - 1]?.text === ",") return withNameBefore(tokens, phrasesEndingAt(tokens, k - 2));
    // "The conservatives who came first in the elections said": past the relative clause.
    if ((t.pos === "VERB" || t.pos === "AUX") && k > 1) {
      const relative = [k - 1, k - 2].find((r) => /^(?:who|that)$/.test(tokens[r]?.lower ?? "") && isNominal(tokens[r - 1]));
      if (relative !== undefined) return phrasesEndingAt(tokens, relative - 1);
    }
    if (isPartOfThem(tokens, k)) return [{ start: k, end: k + 1 }];
    // "the Economic Commission for Europe (UNECE) said", "Sen. Ana Ruiz (D-Ore.) said": an
    // abbreviation or affiliation in brackets after the name.
    if (t.text === ")") {
      const open = tokens.findLastIndex((x, j) => j < k && x.text === "(");
      // "the Economic Commission for Latin America and the Caribbean (ECLAC)": the name the letters spell.
      const spelled = open > 0 && k === open + 2 ? spelledBy(tokens, tokens[open + 1]!.text, open - 1) : -1;
      if (spelled >= 0) return [{ start: spelled, end: open, spelled: true }];
      if (open > 0 && k - open <= 6 && isNominal(tokens[open - 1])) {
        k = open - 1;
        continue;
      }
      return [];
    }
    if (t.pos === "PRON" && PERSONAL.test(t.lower)) {
      // "Lee, who told investigators …": the relative's antecedent.
      if (t.lower === "who" && tokens[k - 1]?.text === ",") return withNameBefore(tokens, phrasesEndingAt(tokens, k - 2));
      // "E.D. Hill, the Fox anchor who said …": the antecedent, and the name it is the apposition of.
      // (Not "lawmakers from New York who oppose …": only a description of a name it follows.)
      if (t.lower === "who" && isNominal(tokens[k - 1])) {
        const named = withNameBefore(tokens, phrasesEndingAt(tokens, k - 1));
        return named[0]?.apposition ? named : [];
      }
      return t.lower === "who" ? [] : [{ start: k, end: k + 1 }];
    }
    if (t.text === "," || isDash(t)) {
      const open = previousComma(tokens, k - 1);
      const first = tokens[open + 1];
      if (!first) return [];
      // ("Mike Murphy, the strategist who worked for McCain in 2000, but not yet this year, said": an aside.)
      if (first.lower === "but" && tokens[open + 2]?.lower === "not" && open > 0) {
        k = open;
        continue;
      }
      // (", visibly shaken,": an adverb before the participle.)
      if (
        CLAUSE_OPENERS.test(first.lower) ||
        first.pos === "VERB" ||
        first.pos === "SCONJ" ||
        (first.pos === "ADV" && tokens[open + 2]?.pos === "VERB" && tokens[open + 3]?.text === ",")
      ) {
        // ", when asked about it," / ", who …,": a clause between subject and verb.
        if (open < 0) return [];
        k = open - 1;
        continue;
      }
      // "Brightline, whose brands include Lumen, Sorrel and Vantor, said": a list inside the clause.
      // (Not "The article, which was written by Lee, a former spokesman, said": a name's apposition.)
      const clause = first.pos === "DET" ? -1 : relativeBefore(tokens, open);
      if (clause > 0) {
        k = clause - 1;
        continue;
      }
      let stretch = tokens.slice(open + 1, k);
      let close = k;
      // "Lee, vice-president and regional manager, said": the phrases inside the commas (a list
      // read on past the opening comma would take in the name), when the phrase before them opens
      // the sentence (not "at the Centre for Vision, Speech and Signal Processing," nor "including A, B and C,").
      const opener = open > 0 && opensSentence(tokens, npStart(tokens, open - 1));
      const within = (found: SourcePhrase[]) => (opener ? found.filter((p) => p.start > open) : found);
      // "Erik Lee, an oceanographer at the University of Tasmania who studies currents, said": the
      // apposition is the noun phrase before its relative clause.
      // ("Pierre Roux, a resident living nearby, said": a participle opens it as well.)
      // ("Lord Walker, the one law lord to oppose the appeal, said": an infinitive, too.)
      const relative = stretch.findIndex(
        (x, j) =>
          RELATIVES.test(x.lower) ||
          (j > 1 && x.pos === "VERB" && /(?:ing|ed|en)$/.test(x.lower)) ||
          (j > 1 && x.lower === "to" && stretch[j + 1]?.pos === "VERB"),
      );
      if (
        relative > 0 &&
        // ("Daines, one of several senators seen as pivotal, said")
        (first.pos === "DET" || first.pos === "NUM") &&
        stretch.slice(0, relative).every((x) => /^(?:DET|ADJ|ADV|NOUN|PROPN|NUM|ADP|PART|CCONJ)$/.test(x.pos) || x.text === "-")
      ) {
        stretch = stretch.slice(0, relative);
        close = open + 1 + relative;
      }
      // "Yannis Lee, 25, a student, said": an age between the name and its apposition.
      const nameComma = open >= 2 && tokens[open - 1]!.pos === "NUM" && tokens[open - 2]!.text === "," ? open - 2 : open;
      // (Dashes set off an apposition as commas do: "the firm - China's biggest supplier - said".)
      const setOff = nameComma >= 0 && (tokens[nameComma]!.text === "," || (isDash(tokens[nameComma]!) && isDash(tokens[close] ?? t)));
      if (setOff && !stretch.some((x) => x.pos === "VERB" || x.pos === "AUX")) {
        // "Simon Lee, from Goldman Sachs, told", "Dominic Cole, the BBC's director of sports
        // rights and finance, said": a name, then what it is or where it is from.
        const outer = phrasesEndingAt(tokens, nameComma - 1);
        const name = outer.length === 1 && tokens[nameComma - 1]!.pos === "PROPN";
        if (name && (first.pos === "ADP" || !within(phrasesEndingAt(tokens, close - 1)).some((p) => p.start === open + 1))) {
          return [{ ...outer[0]!, apposition: { start: first.pos === "ADP" ? open + 2 : open + 1, end: close } }];
        }
      }
      const inner = within(phrasesEndingAt(tokens, close - 1));
      // "…, the Times reported, the" – nothing that reads as an apposition.
      if (!inner.length || inner[0]!.start !== open + 1) return [];
      // ("Good, tell me how": a word and a comma before a bare verb call someone, as "Mr President, tell us".)
      if (!setOff) return k === verb - 1 && tokens[verb]!.lower === tokens[verb]!.lemma ? [] : [inner[0]!];
      const outer = phrasesEndingAt(tokens, nameComma - 1);
      if (!outer.length) return inner;
      // "Munich Re and Swiss Re, the world's two biggest reinsurers, said": the names, both.
      if (outer.length > 1 && outer.every((p) => tokens[p.end - 1]!.pos === "PROPN")) return outer;
      // "Two senior Republicans, Senators John Cornyn and Roy Blunt, said": the names listed are who spoke.
      // (Not "Nath, Commerce and Industry Minister," nor "brands include Penfolds, Rosemount and Lindemans,":
      // the phrase before the commas is a group, opening the clause.)
      const group = outer.length === 1 && isGroup(tokens, outer[0]!);
      if (group && inner.length > 1 && inner.every((p) => tokens[p.end - 1]!.pos === "PROPN")) return inner;
      return withNameBefore(tokens, [{ ...outer[0]!, apposition: { start: inner[0]!.start, end: inner[0]!.end } }]);
    }
    // "Trump last month said": a time phrase inside what reads as one noun phrase.
    if (k >= 2 && TIME_MODIFIERS.test(tokens[k - 1]!.lower) && isTime(tokens, { start: k - 1, end: k + 1 })) {
      k -= 2;
      continue;
    }
    if (isNominal(t) || (t.pos === "NUM" && isNominal(tokens[k - 1]))) {
      const found = phrasesEndingAt(tokens, k);
      if (!found.length) return [];
      const head = found[found.length - 1]!;
      // "Malaysia Airlines this week declared": a time between subject and verb.
      if (found.length === 1 && isTime(tokens, head) && head.start > 0 && tokens[head.start - 1]!.pos !== "ADP") {
        k = head.start - 1;
        while (k >= 0 && tokens[k]!.pos === "ADV") k--;
        continue;
      }
      const adp = tokens[head.start - 1];
      // "Rosenstein on Wednesday dismissed", "Trump on Twitter said": an adjunct between subject and verb.
      if (adp?.pos === "ADP" && ADJUNCT_HEADS.test(adp.lower) && found.length === 1 && isAdjunct(tokens, head)) {
        // "His comments come after the government announced …", "days after Trump said …":
        // after/before/since/until opens a clause whose subject this is, unless a subject stands
        // before it ("Trump on Twitter said").
        if (CLAUSE_OPENING_ADPS.test(adp.lower)) {
          const prior = isNominal(tokens[head.start - 2]) ? phrasesEndingAt(tokens, head.start - 2) : [];
          const when = (p: SourcePhrase) => isTime(tokens, p) || TIME_NOUNS.test(tokens[p.end - 1]!.lemma);
          if (!prior.length || (prior.length === 1 && when(prior[0]!))) return found;
        }
        k = head.start - 2;
        // ("who came first in the elections said": a complement before the adjunct, too.)
        while (k >= 0 && (tokens[k]!.pos === "ADV" || (tokens[k]!.pos === "ADJ" && tokens[k - 1]?.pos === "VERB"))) k--;
        continue;
      }
      // "The sister of the immigrant accused of killing eight people said": an object inside a
      // reduced relative clause; the subject is further left.
      const first = found[0]!;
      // "Fans and journalists who were inside the stadium described": the relative's antecedent.
      for (
        let r = first.start - 1;
        r >= Math.max(0, first.start - 6) && /^(?:ADP|AUX|VERB|ADV|ADJ|PART|PRON|DET|SCONJ)$/.test(tokens[r]!.pos);
        r--
      ) {
        if (/^(?:who|that)$/.test(tokens[r]!.lower) && isNominal(tokens[r - 1]) && r < first.start - 1) {
          const antecedent = phrasesEndingAt(tokens, r - 1);
          if (antecedent.length) return antecedent;
        }
      }
      let v = first.start - 1;
      while (v >= 0 && /^(?:ADP|PART|ADV)$/.test(tokens[v]!.pos)) v--;
      // "A statement issued by the Foreign Ministry said": the issuer speaks.
      if (v >= 0 && ISSUING.test(tokens[v]!.lemma) && tokens[v + 1]?.lower === "by") return found;
      if (v >= 0 && tokens[v]!.pos === "VERB" && /(?:ing|ed|en)$/.test(tokens[v]!.lower)) {
        let w = v;
        while (w >= 0 && /^(?:VERB|ADP|PART|ADV)$/.test(tokens[w]!.pos)) w--;
        if (w >= 0 && isNominal(tokens[w]) && w < v) {
          k = w;
          continue;
        }
      }
      // "Mr. Li, board member of the Group also said": a name opening the sentence, then what it
      // is, the comma that should close the apposition left out.
      // (Not "Kushner, the letter said": a document after the comma is a parenthetical source.)
      if (/^(?:NOUN|DET|ADJ)$/.test(tokens[first.start]!.pos) && !DOCUMENT_HEADS.has(tokens[first.end - 1]!.lemma)) {
        const [named] = withNameBefore(tokens, found);
        if (named?.apposition && named.start === 0 && !isTime(tokens, named)) return [named];
      }
      return found;
    }
    if (t.pos === "CCONJ" && depth < 2) {
      // "Lee denied it and said …", "X did not …, but told reporters": the first clause's subject.
      for (let v = k - 1; v >= 0; v--) {
        if (tokens[v]!.pos === "VERB" || tokens[v]!.pos === "AUX") {
          let first = v;
          while (first > 0 && (tokens[first - 1]!.pos === "AUX" || tokens[first - 1]!.pos === "ADV" || tokens[first - 1]!.pos === "PART"))
            first--;
          if (first !== v || !(tokens[v - 1]?.pos === "VERB"))
            return subjectBefore(tokens, first + (tokens[first]!.pos === "VERB" ? 0 : 0), depth + 1);
        }
      }
      return [];
    }
    if (t.pos === "ADP" && tokens[k - 1] && isNominal(tokens[k - 1])) {
      k--;
      continue;
    }
    return [];
  }
  return [];
}

/** "E.D. Hill, the Fox anchor": a common-noun phrase set off after a name is that name's apposition. */
function withNameBefore(tokens: Token[], found: SourcePhrase[]): SourcePhrase[] {
  const [inner] = found;
  // ("Claire McCaskill, Democrat of Missouri, a close ally …, says": a second apposition, a party's member.)
  const party = inner !== undefined && PARTIES.has(tokens[inner.start]!.lower);
  if (found.length !== 1 || !inner || tokens[inner.start - 1]?.text !== "," || (tokens[inner.start]!.pos === "PROPN" && !party))
    return found;
  const outer = phrasesEndingAt(tokens, inner.start - 2);
  if (outer.length !== 1 || tokens[inner.start - 2]!.pos !== "PROPN") return found;
  return [{ ...outer[0]!, apposition: { start: inner.start, end: inner.modifierEnd ?? inner.end } }];
}

/**
 * "held a news conference to declare", "took to Twitter to announce": the verb of the occasion
 * an infinitive cue at `to` + 1 states its purpose for, within a few words, or -1.
 */
function occasionBefore(tokens: Token[], to: number): number {
  for (let v = to - 1; v >= Math.max(0, to - 6); v--) {
    const t = tokens[v]!;
    if (t.pos === "PUNCT") return -1;
    if (t.pos === "VERB") return OCCASIONS.has(t.lemma) && v < to - 1 ? v : -1;
  }
  return -1;
}

/**
 * For ", saying …" or "Speaking …, Lee said": the subject of the sentence's main clause.
 * Without a comma the participle belongs to the noun before it: "five women accusing him".
 */
function clauseSubject(tokens: Token[], at: number): SourcePhrase[] {
  // "the paper quoted Lee as saying", "cited officials as saying": the one quoted speaks.
  if (tokens[at - 1]?.lower === "as" && isNominal(tokens[at - 2])) {
    const object = phrasesEndingAt(tokens, at - 2);
    const verb = tokens[(object[0]?.start ?? 0) - 1];
    if (object.length && verb?.pos === "VERB" && QUOTING_VERBS.has(verb.lemma)) return object;
  }
  // ("Peskov was quoted as saying": the subject of the passive.)
  if (tokens[at - 1]?.lower === "as" && QUOTING_VERBS.has(tokens[at - 2]?.lemma ?? "") && tokens[at - 3]?.pos === "AUX")
    return subjectBefore(tokens, at - 2);
  let before = previousWord(tokens, at);
  // ("released a statement on Saturday saying": a time between the document and the participle.)
  const time = before > 1 ? phrasesEndingAt(tokens, before)[0] : undefined;
  if (time && isTime(tokens, time) && tokens[time.start - 1]?.pos === "ADP" && isNominal(tokens[time.start - 2])) before = time.start - 2;
  // (But "sidestepped the question saying: “…”" introduces speech, and "has attacked UK policy
  // saying …" is the subject's: only people take the participle as their own.)
  // ("with Mr Hollande merely saying …": adverbs may stand between in a clause opened by "with".)
  const owner = before >= 0 && isNominal(tokens[before]) ? phrasesEndingAt(tokens, before).slice(-1) : [];
  const adjacent =
    before === at - 1 ||
    (tokens.slice(before + 1, at).every((t) => t.pos === "ADV") && tokens[(owner[0]?.start ?? 0) - 1]?.lower === "with");
  if (before >= 0 && isNominal(tokens[before]) && adjacent && tokens[at + 1]?.text !== ":") {
    // ("issued a statement saying …": a document says it for whoever issued it.)
    const lemma = tokens[before]!.lemma;
    // ("released a statement formally declaring …": the document is the object, its issuer the subject.)
    const issued = DOCUMENT_HEADS.has(lemma) && tokens[(owner[0]?.start ?? 0) - 1]?.pos === "VERB";
    const speaks = (PEOPLE_HEADS.has(lemma) && !ORGANISATION_HEADS.has(lemma)) || (DOCUMENT_HEADS.has(lemma) && !issued);
    if (tokens[before]!.pos === "PROPN" || speaks || (!SAY_VERBS.has(tokens[at]!.lemma) && !issued)) return owner;
    if (issued) {
      const found = subjectBefore(tokens, owner[0]!.start - 1);
      if (found.length) return found;
    }
  }
  if (before < 0) {
    // ("Explaining why, Lee, from the lab, said: “We aimed …”": the main verb, not one quoted.)
    const quoted = insideQuotes(tokens, false);
    for (let v = at + 1; v < tokens.length; v++) {
      if (tokens[v]!.text === "," && tokens[v + 1]) {
        for (let w = v + 1; w < tokens.length && (!quoted[w] || CLOSING_QUOTE.test(tokens[w]!.text)); w++) {
          if (tokens[w]!.pos !== "VERB" || (tokens[w - 1]?.text === "," && tokens[w]!.lower.endsWith("ing"))) continue;
          const found = subjectBefore(tokens, w);
          if (found.length || tokens[w - 1]?.text !== ",") return found;
        }
        return [];
      }
    }
    return [];
  }
  // The main clause's verb: the first finite verb with a subject, past infinitives and
  // participles: "the Kremlin rejected the results, saying …", "The club declined to change its
  // name, saying …", "Lee is sure he will get the funds he needs, saying …" (Lee, not he).
  // "Asked if he wanted Lee to stay, Trump sidestepped the question saying: …": not the opening clause's subject.
  const opening = tokens[0]!.pos === "VERB" ? tokens.findIndex((t) => t.text === ",") : -1;
  // "Lee said it would take too long and Kim later climbed down, saying …": the participle hangs
  // on the clause joined last, the one with its own subject.
  for (let c = before - 1; c > opening + 1 && !QUOTE_MARK.test(tokens[c]!.text); c--) {
    if (tokens[c]!.pos !== "CCONJ" || !/^(?:and|but)$/.test(tokens[c]!.lower)) continue;
    for (let v = c + 2; v < before; v++) {
      if (!isFiniteVerb(tokens, v)) continue;
      const found = subjectBefore(tokens, v);
      // (A pronoun there mostly stands for the first clause's subject: found below.)
      if (found[0]?.start === c + 1 && tokens[c + 1]!.pos !== "PRON") return found;
      break;
    }
    break;
  }
  for (let v = opening + 1; v < before; v++) {
    if (!isFiniteVerb(tokens, v)) continue;
    if (/^[“"]$/.test(tokens[0]!.text)) break;
    if (tokens[v + 1]?.lower === "by") continue;
    const found = subjectBefore(tokens, v);
    if (found.length) return found;
  }
  for (let v = at - 1; v >= 0; v--) {
    if (!isFiniteVerb(tokens, v)) continue;
    if (tokens[v + 1]?.lower === "by") continue;
    const found = subjectBefore(tokens, v);
    if (found.length) return found;
  }
  return [];
}

/** "on Wednesday", "on Twitter", "in a statement", "by telephone": not a name that could be the subject. */
function isAdjunct(tokens: Token[], phrase: SourcePhrase): boolean {
  const names = tokens.slice(phrase.start, phrase.end).filter((t) => t.pos === "PROPN");
  // "on the White House website": a common noun heads it, whatever names qualify it.
  return names.length <= 1 || /^[a-z]/.test(tokens[phrase.end - 1]!.text);
}

/** Index of the comma (or quote, colon, sentence start: -1) that opens the stretch ending at `k`. */
function previousComma(tokens: Token[], k: number): number {
  for (let j = k; j >= 0; j--) if (/^[,;:“”"(]$/.test(tokens[j]!.text) || isDash(tokens[j]!)) return j;
  return -1;
}

/** "The claim — issued on its website — said": a spaced dash sets off a clause as commas do. */
const isDash = (t: Token) => /^[—–]$/.test(t.text) || (t.text === "-" && t.spaced);

/**
 * The noun phrase ending at `end` and, when it is a common-noun source with "of"/"for" after
 * a head ("the leaders of the intelligence community"), the head with that modifier. Coordinated
 * subjects come as several phrases: "Ryan and McConnell".
 */
function phrasesEndingAt(tokens: Token[], end: number): SourcePhrase[] {
  if (end < 0) return [];
  if (tokens[end]!.pos === "PRON" && PERSONAL.test(tokens[end]!.lower)) return [{ start: end, end: end + 1 }];
  // "one of them said": the group the pronoun stands for.
  if (isPartOfThem(tokens, end)) return [{ start: end, end: end + 1 }];
  let start = npStart(tokens, end);
  if (start < 0) return [];
  start = organisationStart(tokens, start, end);
  let modifierEnd: number | undefined;
  // "Junya Tanase of JPMorgan", "a spokesman for the ministry": the head comes before the modifier.
  // (But "a U.N. official in September": a date is when, not whose.)
  while (
    tokens[start - 1] &&
    (POST_MODIFIERS.test(tokens[start - 1]!.lower) || isIssuedBy(tokens, start - 1)) &&
    tokens[start - 1]!.pos === "ADP" &&
    isNominal(tokens[start - 2]) &&
    !isTime(tokens, { start, end: end + 1 })
  ) {
    const headStart = npStart(tokens, start - 2);
    if (headStart < 0) break;
    modifierEnd ??= end + 1;
    end = start - 2;
    start = headStart;
  }
  // "a person familiar with the matter", "economists polled by Reuters", "a source close to the
  // inquiry": an adjective or participle with its object describes the source before it.
  if (
    !modifierEnd &&
    tokens[start - 1]?.pos === "ADP" &&
    isReducedRelative(tokens[start - 2]) &&
    isNominal(tokens[start - 3]) &&
    // ("a statement issued by the ministry" speaks for the ministry, read elsewhere.)
    !DOCUMENT_HEADS.has(tokens[start - 3]!.lemma) &&
    !isTime(tokens, { start, end: end + 1 })
  ) {
    const headStart = npStart(tokens, start - 3);
    if (headStart >= 0) {
      modifierEnd = end + 1;
      end = start - 3;
      start = headStart;
    }
  }
  const phrase: SourcePhrase = { start, end: end + 1, ...(modifierEnd ? { modifierEnd } : {}) };
  const coordinated: SourcePhrase[] = [phrase];
  // "Sears, Roebuck and Co", "Johnson & Johnson": one company, not three speakers; "Cowen and Co
  // analyst Jaret Seiberg": one analyst.
  if (ORG_TAILS.test(tokens[start]!.text) && /^(?:and|&)$/.test(tokens[start - 1]?.lower ?? "")) {
    let s2 = npStart(tokens, start - 2);
    while (s2 > 1 && tokens[s2 - 1]!.text === "," && isCapitalised(tokens[s2 - 2])) s2 = npStart(tokens, s2 - 2);
    if (s2 >= 0) return [{ ...phrase, start: s2 }];
  }
  let k = start - 1;
  while (k > 0 && (tokens[k]!.lower === "and" || (tokens[k]!.text === "," && coordinated.length > 1))) {
    const prevEnd = tokens[k - 1]!.text === "," ? k - 2 : k - 1;
    const s = prevEnd >= 0 && isNominal(tokens[prevEnd]) ? npStart(tokens, prevEnd) : -1;
    if (s < 0) break;
    // "Russia denies the claim, and Trump says …": ", and" between two noun phrases joins two
    // clauses unless a list goes on before them ("Lee, Ruiz, and Chen said").
    if (coordinated.length === 1 && tokens[k - 1]!.text === "," && tokens[s - 1]?.text !== ",") break;
    // "Current and former officials", "Republican and Democratic lawmakers": two words for one group.
    const next = coordinated[0]!;
    if (
      s === prevEnd &&
      next.end - next.start > 1 &&
      PAIRED_MODIFIERS.has(tokens[s]!.lower) &&
      PAIRED_MODIFIERS.has(tokens[next.start]!.lower)
    ) {
      coordinated[0] = { ...next, start: s };
      k = s - 1;
      continue;
    }
    coordinated.unshift({ start: s, end: prevEnd + 1 });
    k = s - 1;
  }
  return coordinated;
}

/**
 * Where an organisation's name with "and" inside starts, when the phrase [start, end] is its
 * end: "the Food and Drug Administration", "the Institute on Taxation and Economic Policy";
 * otherwise `start` ("House and Senate", "the House of Representatives and Senate" are two).
 */
function organisationStart(tokens: Token[], start: number, end: number): number {
  const k = start - 1;
  if (k <= 0 || !/^(?:and|&)$/.test(tokens[k]!.lower) || !isCapitalised(tokens[start]) || !isCapitalised(tokens[k - 1])) return start;
  if (end === start && BODIES.has(tokens[end]!.lower)) return start;
  const before = npStart(tokens, k - 1);
  if (before < 0) return start;
  // ("the House Ways and Means Committee Chairman Kevin Brady": a title and name may follow the organisation.)
  // (But in "House Democratic leader Nancy Pelosi" a body opens the phrase: "Schumer and …" are two.)
  const organisation =
    ORGANISATION_HEADS.has(tokens[end]!.lemma) ||
    tokens.slice(start + 1, end).some((t) => isCapitalised(t) && ORGANISATION_HEADS.has(t.lemma) && !BODIES.has(t.lower));
  if (organisation && !ORGANISATION_HEADS.has(tokens[k - 1]!.lower)) return before;
  return tokens[k]!.lower === "and" && hasOrganisationJoiner(tokens, before, k) ? before : start;
}

/** "Olivès-Berthet", "eighth-grader": a hyphen written inside one word. */
const isWordHyphen = (tokens: Token[], k: number) =>
  tokens[k]!.text === "-" &&
  !tokens[k]!.spaced &&
  tokens[k + 1]?.spaced === false &&
  /^[\p{L}\d]/u.test(tokens[k - 1]?.text ?? "") &&
  /^[\p{L}\d]/u.test(tokens[k + 1]!.text);

/**
 * Whether the capitalised name that ends at `at` is an organisation's, an organisation's head
 * word in it ("Office of the Comptroller", not "Anne Thompson" nor "Critics").
 */
export function inOrganisationName(tokens: Token[], at: number): boolean {
  for (let j = at; j >= 0 && (isCapitalised(tokens[j]) || /^(?:of|the|for|on|and|&)$/.test(tokens[j]!.lower)); j--)
    if (isCapitalised(tokens[j]) && ORGANISATION_HEADS.has(tokens[j]!.lemma)) return true;
  return false;
}

/** Whether tokens [from, to) hold an organisation's head joined to more name: "Institute on Taxation". */
export function hasOrganisationJoiner(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k + 1 < to; k++)
    if (/^[A-Z]/.test(tokens[k]!.text) && ORGANISATION_HEADS.has(tokens[k]!.lemma) && /^(?:of|on|for)$/.test(tokens[k + 1]!.lower))
      return true;
  return false;
}

/** Start of the noun phrase that ends at `end`, or -1. */
function npStart(tokens: Token[], end: number): number {
  if (!isNominal(tokens[end])) return -1;
  let k = end;
  while (k > 0) {
    // ("in California Mr Torvalds said", "in the trial Mr Ebbers denied": a name starts at its
    // honorific; but a title of nobility often follows what the person is: "Labour peer Lord Haskins".)
    if (
      k < end &&
      isCapitalised(tokens[k + 1]) &&
      (isTitleOfAddress(tokens[k]!.text) ||
        (/^[A-Z]/.test(tokens[k]!.text) && isCapitalised(tokens[k - 1]) && HONORIFICS.has(tokens[k]!.lower)))
    )
      return k;
    const p = tokens[k - 1]!;
    if (/^(?:PROPN|NOUN|ADJ|NUM)$/.test(p.pos) || /^['’]s?$/.test(p.text) || (p.text === "." && !p.spaced)) k--;
    // "Jean-Claude Juncker", "the 69-year-old singer": a hyphen inside a word.
    else if (p.text === "-" && !p.spaced && !tokens[k]!.spaced && tokens[k - 2] && /^(?:PROPN|NOUN|ADJ|NUM)$/.test(tokens[k - 2]!.pos)) k--;
    // ("the Office of the Comptroller of the Currency": "of the" inside a name.)
    else if (p.lower === "the" && tokens[k - 2]?.lower === "of" && isCapitalised(tokens[k]) && inOrganisationName(tokens, k - 3)) k -= 2;
    // ("the tax-writing committee": a verb written into the compound; "Paris-based group" names no group.)
    else if (
      p.pos === "VERB" &&
      p.lower.endsWith("ing") &&
      tokens[k - 2]?.text === "-" &&
      !p.spaced &&
      !tokens[k - 2]!.spaced &&
      /^[a-z]/.test(tokens[k - 3]?.text ?? "")
    )
      k--;
    else if (p.pos === "DET" && !/^(?:which|what|no)$/.test(p.lower)) return k - 1;
    else if (
      (isNameJoiner(p.lower) || NAME_PREPOSITIONS.has(p.text) || joinsOrganisation(p, tokens[k - 2], tokens[k])) &&
      isCapitalised(tokens[k]) &&
      isCapitalised(tokens[k - 2]) &&
      p.lower !== "and"
    )
      k--;
    // "Belgium's De Standaard newspaper", "La Stampa": a capitalised particle opens the name.
    else if (isCapitalised(p) && isSurnameParticle(p.text) && isCapitalised(tokens[k])) k--;
    else break;
  }
  return k;
}

/** "familiar", "close", "polled", "briefed": what describes a source by what it knows or who asked it. */
function isReducedRelative(t: Token | undefined): boolean {
  return Boolean(t && /^(?:ADJ|VERB)$/.test(t.pos) && DESCRIBERS.has(t.lower));
}

/** "from" or "by" after a document ("a statement from the firm", "a report by the commission"): who issued it. */
function isIssuedBy(tokens: Token[], at: number): boolean {
  return /^(?:from|by)$/.test(tokens[at]?.lower ?? "") && DOCUMENT_HEADS.has(tokens[at - 1]?.lemma ?? "");
}

/** A verb that can head a clause: not a participle, an infinitive, or the second of a verb group. */
function isFiniteVerb(tokens: Token[], v: number): boolean {
  const t = tokens[v]!;
  return (
    /^(?:VERB|AUX)$/.test(t.pos) &&
    !/ing$/.test(t.lower) &&
    tokens[v - 1]?.lower !== "to" &&
    !/^(?:AUX|VERB|PART)$/.test(tokens[v - 1]?.pos ?? "")
  );
}

/** "them" in "one of them", "some of them": a group named before, like "they". */
function isPartOfThem(tokens: Token[], at: number): boolean {
  return (
    tokens[at]?.lower === "them" &&
    tokens[at - 1]?.lower === "of" &&
    /^(?:one|some|two|three|several|many|each|both|all)$/.test(tokens[at - 2]?.lower ?? "")
  );
}

/** The phrase that starts at `from` (after an inverted verb, "according to", "by"). */
function phraseFrom(tokens: Token[], from: number): SourcePhrase[] {
  let s = from;
  while (s < tokens.length && tokens[s]!.pos === "ADV") s++;
  const t = tokens[s];
  if (!t) return [];
  // "says her older brother Craig Robinson": a possessive pronoun opens the phrase.
  const possessive =
    /^(?:his|her|their|its)$/.test(t.lower) && (isNominal(tokens[s + 1]) || (tokens[s + 1]?.pos === "ADJ" && isNominal(tokens[s + 2])));
  if (t.pos === "PRON" && !possessive) return PERSONAL.test(t.lower) && t.lower !== "who" ? [{ start: s, end: s + 1 }] : [];
  // "said one of the officials": the group it is one of.
  if (t.lower === "one" && tokens[s + 1]?.lower === "of") {
    if (isPartOfThem(tokens, s + 2)) return [{ start: s + 2, end: s + 3 }];
    return phraseFrom(tokens, s + 2);
  }
  let e = s;
  if (t.pos === "DET" || possessive) e++;
  // ("the officials involved in the search": a participle after the noun ends the phrase.)
  while (
    e < tokens.length &&
    ((/^(?:PROPN|NOUN|ADJ|NUM)$/.test(tokens[e]!.pos) &&
      !(tokens[e]!.pos === "ADJ" && /ed$/.test(tokens[e]!.lower) && isNominal(tokens[e - 1]))) ||
      /^['’]s$/.test(tokens[e]!.text) ||
      isWordHyphen(tokens, e) ||
      ((isNameJoiner(tokens[e]!.lower) ||
        NAME_PREPOSITIONS.has(tokens[e]!.text) ||
        joinsOrganisation(tokens[e]!, tokens[e - 1], tokens[e + 1])) &&
        isCapitalised(tokens[e - 1]) &&
        isCapitalised(tokens[e + 1]) &&
        tokens[e]!.lower !== "and"))
  )
    e++;
  if (e === s || !isNominal(tokens[e - 1])) return [];
  const phrase: SourcePhrase = { start: s, end: e };
  // "said chairman Chris Mort", "said Premier League Chief Executive, Richard Scudamore".
  if (tokens[e]?.text === "," && isCapitalised(tokens[e + 1])) {
    const name = phraseFrom(tokens, e + 1)[0];
    if (name && tokens[name.start]!.pos === "PROPN") phrase.apposition = { start: name.start, end: name.end };
  }
  let m = e;
  while (tokens[m] && (/^(?:of|for)$/.test(tokens[m]!.lower) || isIssuedBy(tokens, m)) && isNominal(tokens[m + 1] ?? tokens[m + 2])) {
    const next = phraseFrom(tokens, m + 1)[0];
    if (!next) break;
    m = next.end;
  }
  if (m > e) phrase.modifierEnd = m;
  return [phrase];
}

/** Whether a phrase starting at `start` opens the sentence, after a conjunction or adverb at most. */
function opensSentence(tokens: Token[], start: number): boolean {
  if (start < 0) return false;
  let k = start - 1;
  while (k >= 0 && /^(?:CCONJ|ADV)$/.test(tokens[k]!.pos)) k--;
  if (k < 0) return true;
  // ("In one of the most direct criticisms, board chairman John Tower, …": after an opening adverbial.)
  if (tokens[k]!.text !== ",") return false;
  const intro = tokens.slice(0, k);
  return (
    /^(?:ADP|SCONJ)$/.test(intro[0]?.pos ?? "") && !intro.some((t) => t.pos === "VERB" || t.pos === "AUX" || /^[,;:“”"]$/.test(t.text))
  );
}

/** "Two senior Republicans", "The ministers": a plural noun phrase opening the sentence. */
function isGroup(tokens: Token[], phrase: SourcePhrase): boolean {
  const head = tokens[phrase.end - 1]!;
  return opensSentence(tokens, phrase.start) && head.lower !== head.lemma && /s$/.test(head.lower);
}

/**
 * Start of the capitalised name ending at `end` whose initials are the letters of `abbreviation`
 * ("Association of Directors of Social Services" for ADSS; joiners and "the" carry no letter), or -1.
 */
function spelledBy(tokens: Token[], abbreviation: string, end: number): number {
  if (!/^[A-Z]{2,}$/.test(abbreviation)) return -1;
  let letters = abbreviation.length;
  for (let k = end; k >= 0 && letters > 0; k--) {
    const t = tokens[k]!;
    if (/^(?:of|for|on|and|&|the|de|du|des|la)$/.test(t.lower) && k < end) continue;
    if (!/^[A-Z]/.test(t.text) || t.text[0] !== abbreviation[letters - 1]) return -1;
    letters--;
    if (letters === 0) return k;
  }
  return -1;
}

/**
 * The comma opening a relative clause ", who|whose|which …" whose list goes on up to the comma
 * at `open` (items between commas with no verb of their own), or -1.
 */
function relativeBefore(tokens: Token[], open: number): number {
  let item = open;
  for (let j = open - 1; j >= Math.max(0, open - 25); j--) {
    if (tokens[j]!.text !== ",") continue;
    // (The clause has its verb before the list: not "the accusations, which Moore, a Christian, has denied".)
    if (/^(?:who|whose|which)$/.test(tokens[j + 1]?.lower ?? ""))
      return tokens.slice(j + 2, item).some((t) => t.pos === "VERB" || t.pos === "AUX") ? j : -1;
    if (tokens.slice(j + 1, item).some((t) => t.pos === "VERB" || t.pos === "AUX")) return -1;
    item = j;
  }
  return -1;
}
