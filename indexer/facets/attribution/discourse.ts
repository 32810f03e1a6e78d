import { COUNTRY_NAMES, DEMONYMS, isPlaceName } from "../country";
import { withoutArticle } from "../name-registry";
import { CALENDAR, namedEntitiesIn } from "../noun-phrases";
import type { SpeakerKind } from "../../../meili/schema";
import { firstNameGender, genderOfWords, type Gender } from "./gender";
import { BODIES, isHonorificWord, ISSUED_DOCUMENTS, ORGANISATION_HEADS, OUTLETS } from "./lexicon";
import type { Mention, OwnerPronoun } from "./mention";

/** A speaker value and what it names. */
export interface ResolvedSpeaker {
  name: string;
  kind: SpeakerKind;
}

interface Entity extends ResolvedSpeaker {
  gender?: Gender;
  plural: boolean;
  roles: Set<string>;
  mentions: number;
  /** When last mentioned (sentence index, + 0.5 when it spoke there). */
  recency: number;
  /** The recency it had before the sentence it was last mentioned in. */
  before: number;
  /** The last sentence it spoke in, or -1. */
  spoke: number;
}

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_NAMES);
/** A document's issuer, and the sentence that named it. */
interface Issued {
  by: Entity;
  at: number;
}
/** How many sentences on "the report said" still means the report the article said who issued. */
const ISSUER_REACH = 12;
const ISSUED_WORDS = new RegExp(`\\b(${ISSUED_DOCUMENTS.join("|")})s?\\b`, "gi");
/** "The bureau's annual report", "the bureau released a report": what stands between issuer and document. */
const ISSUED_AFTER_NAME =
  /(?:['’]s (?:[\w-]+ ){0,3}|(?: has| have| had)? (?:released|issued|published|produced|commissioned|conducted|carried out|put out|filed|sent|wrote|compiled) (?:a|an|its|the|their|his|her|this) (?:[\w-]+ ){0,4})$/;
/** "a survey by Gartner", "the report released on Tuesday by the bureau". */
const ISSUED_BY =
  /^(?: (?:released|issued|published|produced|commissioned|conducted|carried out|compiled|prepared|written)(?: on \w+| last \w+| this \w+)?)? (?:by|from) (?:the )?(.*)/;
/** How many sentences back a pronoun may reach past people of the other gender. */
const PRONOUN_REACH = 8;
const TOP_ROLES = /^(?:president|prime minister|premier|chancellor|king|queen|pope|emperor|first lady)$/;

/**
 * What an article has said so far about who is who: people by full name and surname, their
 * offices and gender, organisations and unnamed sources, in order of mention. Resolves the
 * pronouns, offices and references of later sentences against it.
 */
export type { SpeakerKind };

export class Discourse {
  private readonly entities = new Map<string, Entity>();
  private readonly bySurname = new Map<string, string>();
  /** Full names by first name ("Michelle" → "Michelle Obama"), so a first name alone is found at once. */
  private readonly byFirst = new Map<string, Set<string>>();
  /** The person or organisation each sentence opened with as its subject, by sentence index. */
  private readonly subjects = new Map<number, Entity>();

  /** Who issued the documents the article has mentioned, by document word, and where. */
  private readonly issuers = new Map<string, Issued>();
  /** The document whose issuer the article named last, whatever its word. */
  private lastIssued: Issued | undefined;

  /** Records the names a sentence mentions ("President Lena Park" → person, office "president"). */
  observeSentence(sentence: string, index: number): void {
    const named = namedEntitiesIn(sentence);
    for (const entity of named) {
      // "software company Brightline Systems": what a name is introduced as tells its kind.
      const roles = describedAs(sentence, entity.name);
      if (entity.kind === "person" && !roles.size) this.addPerson(entity.name, entity.titles, undefined, index);
      else this.add(entity.name, COUNTRIES.has(entity.name) ? "place" : "organisation", index, { roles });
    }
    // "Channel Tunnel operator Eurotunnel", "carmaker BMW": a one-word name introduced as an organisation.
    for (const [head, name] of introducedOrganisations(sentence)) {
      if (isPlaceName(name) || firstNameGender(name) || CALENDAR.test(name)) continue;
      const known = this.entities.get(name);
      if (known?.kind === "person" && known.gender === undefined && !this.bySurname.has(name)) known.kind = "organisation";
      this.add(name, known?.kind ?? "organisation", index, { roles: new Set([head]) });
    }
    // "Keegan replaced …" opens a sentence, where a lone capitalised word is not taken for a
    // name; once the article has named the person in full, the surname alone is a mention.
    for (const found of sentence.matchAll(CAPITALISED)) {
      const word = found[0];
      // ("Michelle was working …" after "Michelle Obama": the first name alone, too.)
      const full = this.bySurname.get(word) ?? this.byFirstName(word, index)?.name;
      const entity = full ? this.entities.get(full) : undefined;
      if (!entity || named.some((e) => e.name.split(" ").includes(word))) continue;
      // ("Mr. Obama" is not Mrs. Obama.)
      const title = genderOfWords([wordBefore(sentence, found.index)]);
      if (!(title && entity.gender && title !== entity.gender)) this.addPerson(entity.name, [], undefined, index);
    }
    if (named.length) this.observeIssuers(sentence, named, index);
  }

  /**
   * "The bureau's report", "a survey by Gartner", "the commission published a study": who
   * issued the document a sentence names, for when a later one says "the report said".
   */
  private observeIssuers(sentence: string, named: ReturnType<typeof namedEntitiesIn>, index: number): void {
    for (const found of sentence.matchAll(ISSUED_WORDS)) {
      const word = found[1]!.toLowerCase();
      const before = sentence.slice(0, found.index).match(ISSUED_AFTER_NAME);
      const after = sentence.slice(found.index + found[0].length).match(ISSUED_BY);
      const entity = before
        ? named.find((e) => sentence.slice(0, found.index! - before[0].length).endsWith(e.name))
        : after
          ? named.find((e) => after[1]!.startsWith(e.name))
          : undefined;
      if (!entity) continue;
      const by = this.entities.get(entity.name) ?? this.entities.get(this.bySurname.get(entity.name) ?? "");
      if (!by) continue;
      this.lastIssued = { by, at: index };
      this.issuers.set(word, this.lastIssued);
    }
  }

  /** Records the subject a sentence opens with (after `observeSentence` for that sentence). */
  noteSubject(index: number, subject: { name: string; kind: "person" | "organisation" | "source" }): void {
    // A group of people ("Iranian authorities") is one of the plural sources "they" may stand for.
    if (subject.kind === "source") {
      this.add(subject.name, "source", index, { plural: true });
      return;
    }
    const entity =
      subject.kind === "person"
        ? (this.entities.get(subject.name) ?? this.entities.get(this.bySurname.get(subject.name.split(" ").at(-1)!) ?? ""))
        : this.entities.get(subject.name);
    if (entity?.kind === subject.kind) this.subjects.set(index, entity);
  }

  /**
   * The subject of one of the last two sentences, when nobody spoke since: "However Mr Mulligan
   * was not convinced. … this is no excuse, he said." The pronoun follows the story's subject
   * rather than a speaker further back.
   */
  private recentSubject(index: number, test: (e: Entity) => boolean): Entity | undefined {
    for (let at = index - 1; at >= Math.max(0, index - 2); at--) {
      if ([...this.entities.values()].some((e) => e.spoke === at)) return undefined;
      const subject = this.subjects.get(at);
      if (subject) return test(subject) ? subject : undefined;
    }
    return undefined;
  }

  /** The person known by this name (or its surname), as a speaker value, without counting a mention. */
  known(name: string): ResolvedSpeaker | undefined {
    const surname = name.split(" ").at(-1)!;
    const entity = this.entities.get(name) ?? this.entities.get(this.bySurname.get(surname) ?? "");
    return entity?.kind === "person" ? { name: entity.name, kind: entity.kind } : undefined;
  }

  /**
   * The person a surname alone stands for, when the article has named them in full with a
   * given name ("GMT Carnival" taken for a person's name has none).
   */
  knownInFull(surname: string): ResolvedSpeaker | undefined {
    const full = this.bySurname.get(surname);
    const entity = full && full !== surname ? this.entities.get(full) : undefined;
    return entity?.kind === "person" && entity.gender ? { name: entity.name, kind: entity.kind } : undefined;
  }

  /**
   * Whom "he" or "she" opening sentence `index` stands for, without counting a mention: only a
   * person known to be of that gender (a capitalised phrase taken for a name has none).
   */
  whoIs(pronoun: "he" | "she", index: number): ResolvedSpeaker | undefined {
    const entity = this.pronoun(pronoun, index, true);
    const gender: Gender = pronoun === "he" ? "m" : "f";
    return entity?.kind === "person" && entity.gender === gender ? { name: entity.name, kind: entity.kind } : undefined;
  }

  /** The speaker a mention stands for at sentence `index`, registering it as having spoken. */
  resolve(mention: Mention, index: number, strict = false): ResolvedSpeaker | undefined {
    const found = this.lookup(mention, index, strict);
    if (!found) return undefined;
    if (found.recency < index) found.before = found.recency;
    found.recency = index + 0.5;
    found.spoke = index;
    found.mentions++;
    return { name: found.name, kind: found.kind };
  }

  /** `strict`: a document stands only for an issuer the article named, not for whoever spoke last. */
  private lookup(mention: Mention, index: number, strict = false): Entity | undefined {
    switch (mention.kind) {
      case "person":
        // ("a Pew Research survey": a name the article never gave a person is a firm's.)
        // (A surname alone may yet be a person's, named in full later: "Mr Peston's book".)
        if (mention.issuer && /[ ]|^[A-Z]+$/.test(mention.name) && !firstNameGender(mention.name.split(" ")[0]!)) {
          // (But "the Kok report" after "Wim Kok" is the person's.)
          const full = this.bySurname.get(mention.name.split(" ").at(-1)!);
          if (!full || full === mention.name) return asOrganisation(this.add(mention.name, "organisation", index));
        }
        return this.addPerson(mention.name, mention.roles, mention.gender, index);
      case "organisation": {
        // "the Times" after "The Lagos Daily Times": the full name.
        const single =
          !mention.name.includes(" ") && this.latest(index, (e) => e.kind === "organisation" && e.name.endsWith(` ${mention.name}`));
        if (single) return single;
        return this.add(mention.name, mention.kind, index);
      }
      case "place":
        return this.add(mention.name, mention.kind, index);
      case "source": {
        // "his office" → "office of Jeff Flake"; the owner may be named in the same sentence.
        // ("their mother": a family word is of people, never an organisation's.)
        const holder = mention.owner && this.owner(mention.owner, index, mention.gender !== undefined);
        if (holder) {
          const name = `${mention.name} ${mention.link ?? "of"} ${holder.name}`;
          return this.add(name, mention.organisation ? "organisation" : "source", index, {
            plural: mention.plural,
            gender: mention.gender,
          });
        }
        return this.add(mention.name, "source", index, { plural: mention.plural, gender: mention.gender });
      }
      case "pronoun":
        return this.pronoun(mention.pronoun, index, mention.named !== false);
      case "role": {
        const held = this.latest(index, (e) => e.kind === "person" && e.roles.has(mention.role));
        if (mention.heldOnly) return held;
        const holder =
          held ??
          (TOP_ROLES.test(mention.role) && !mention.qualified
            ? this.mostMentionedPerson(index, genderOfWords(mention.role.split(" ")))
            : undefined);
        return holder ?? this.add(mention.name.replace(/^the /i, ""), "source", index, { roles: new Set([mention.role]) });
      }
      case "description": {
        // "singer Ana Ruiz … the singer said"; otherwise the person the last sentences are about,
        // or the last person named, of the word's gender if it has one.
        // Named before this sentence: "the England striker" is not the referee named beside it.
        // (A capitalised phrase taken for a name has no gender; one just named may be anyone's.)
        const prior = (e: Entity) => (e.recency < index ? e.recency : e.before);
        const fits = (e: Entity) =>
          e.kind === "person" &&
          prior(e) >= 0 &&
          // ("Manchester United" is no teenager: a name that opens with a place's is a team's.)
          (e.gender !== undefined || (prior(e) >= index - 1 && !isPlaceName(e.name.split(" ")[0]!))) &&
          (!mention.gender || e.gender === undefined || e.gender === mention.gender);
        return (
          this.latest(index, (e) => e.kind === "person" && e.roles.has(mention.word)) ??
          this.recentSubject(index, fits) ??
          [...this.entities.values()].filter(fits).sort((a, b) => prior(b) - prior(a))[0]
        );
      }
      case "organisation-reference": {
        // "the firm": the organisation last named, one with that word in its name first ("the
        // committee" after "House Ethics Committee"); "the central bank" stands for itself if none is.
        // "the magazine" after "US magazine Mobile PC": the organisation introduced as one. A
        // description ("the Japanese meteorological agency", "the central bank") is the last named
        // only if its head word is in that one's name; otherwise it stands for itself.
        // ("the Australian firm" is the firm last named: a place's adjective does not make it another one.)
        const described = Boolean(
          mention.name
            ?.split(" ")
            .slice(0, -1)
            .some((w) => !/^\p{Lu}/u.test(w)),
        );
        const word = mention.name?.split(" ").at(-1)?.toLowerCase();
        const isBody = Boolean(word && BODIES.has(word));
        const named =
          (word &&
            this.latest(
              index,
              (e) => e.kind === "organisation" && (e.roles.has(word) || e.name.toLowerCase().split(" ").includes(word)),
            )) ||
          (described || isBody ? undefined : this.latestOrganisation(index));
        // ("the government said" with no government named: the government, not the firm last named.)
        if (named || !mention.name || (!mention.name.includes(" ") && !isBody)) return named;
        return this.add(mention.name, "organisation", index);
      }
      case "document": {
        // "The bureau released a report …. The report said": whoever the article said issued it.
        // ("An analysis released by the bureau …. The report notes": any document just named.)
        const same = this.issuers.get(mention.word);
        if (same && same.at >= index - ISSUER_REACH) return same.by;
        if (!same && this.lastIssued && this.lastIssued.at >= index - 3) return this.lastIssued.by;
        if (strict || mention.unnamed) return undefined;
        return this.latest(index, (e) => e.kind !== "place" && e.recency % 1 !== 0);
      }
    }
  }

  private pronoun(pronoun: string, index: number, named: boolean): Entity | undefined {
    // ("It said the licences went to <Videoco Inc>": a pronoun no name precedes in its sentence
    // stands for one named before the sentence, not for one named after it.)
    // ("it" is as often a thing: only where no organisation is named does it make one of a name.)
    if (pronoun === "it")
      return (
        this.recentSubject(index, (e) => e.kind === "organisation") ??
        // ("The Pentagon said …. It added …": an institution or country that just spoke goes on.)
        this.latestBefore(index, named, (e) => (e.kind === "organisation" || e.kind === "place") && e.spoke === index - 1) ??
        this.latestBefore(index, named, (e) => e.kind === "organisation") ??
        asOrganisation(this.nameTakenForPerson(index))
      );
    // Plural sources first ("officials … they said"); an organisation only when none is near.
    if (pronoun === "they" || pronoun === "them")
      return (
        this.latestBefore(index, named, (e) => e.plural && e.recency >= index - 2) ??
        this.latestBefore(index, named, (e) => e.plural || e.kind === "organisation")
      );
    if (pronoun === "person") return this.latest(index, (e) => e.kind === "person" && e.recency < index);
    if (pronoun !== "he" && pronoun !== "she") return undefined;
    const gender: Gender = pronoun === "he" ? "m" : "f";
    const singular = (e: Entity) => (e.kind === "person" || (e.kind === "source" && !e.plural)) && e.recency < index;
    // (Only a subject known to be of the pronoun's gender: a capitalised phrase taken for a name has none.)
    const subject = this.recentSubject(index, (e) => e.kind === "person" && e.gender === gender);
    if (subject) return subject;
    // Who spoke in the last sentences comes before who was merely mentioned: quotes run on.
    // ("Pelosi said …, but she also said": one who spoke earlier in the sentence, too.)
    const spoke = [...this.entities.values()].filter(
      (e) =>
        (singular(e) || (named && e.kind === "person" && e.spoke === index)) &&
        e.spoke >= index - 3 &&
        e.gender !== (gender === "m" ? "f" : "m"),
    );
    spoke.sort((a, b) => b.spoke - a.spoke);
    if (spoke[0]) return spoke[0];
    const candidates = [...this.entities.values()].filter(singular).sort((a, b) => b.recency - a.recency);
    // A name of the right gender among the last three people beats a more recent one of unknown gender.
    const known = candidates.slice(0, 3).find((e) => e.gender === gender);
    // Past three people of the other gender, the last of the pronoun's within the paragraph or so.
    return (
      known ??
      candidates.find((e) => e.gender === undefined) ??
      candidates.find((e) => e.gender === gender && e.recency >= index - PRONOUN_REACH)
    );
  }

  /**
   * What "the firm" or "it" stands for: the organisation last named, or, when more recent, a
   * one-word name the article took for a person's with nothing to show it is one (no gender,
   * office, full name or known first name): "Microsoft said …. The firm said …". From then on
   * that name is an organisation's.
   */
  private latestOrganisation(index: number): Entity | undefined {
    // ("news agency Interfax" carries the story: "the company" is another.)
    const named = this.latest(index, (e) => e.kind === "organisation" && !(e.roles.size && [...e.roles].every((r) => OUTLETS.has(r))));
    const taken = this.nameTakenForPerson(index);
    return !taken || (named && named.recency >= taken.recency) ? named : asOrganisation(taken);
  }

  /** The last one-word name taken for a person's that may be an organisation's. */
  private nameTakenForPerson(index: number): Entity | undefined {
    return this.latest(
      index,
      (e) =>
        e.kind === "person" &&
        !e.name.includes(" ") &&
        // ("MPs": a plural of people.)
        !/^\p{Lu}+s$/u.test(e.name) &&
        e.gender === undefined &&
        !e.roles.size &&
        !this.bySurname.has(e.name) &&
        !this.byFirst.has(e.name) &&
        !firstNameGender(e.name),
    );
  }

  /**
   * Whether a speaker value given as a person's turned out to name an organisation: an entity's
   * kind changes only from person to organisation, when the article shows it is one.
   */
  isOrganisationAfterAll(name: string): boolean {
    return this.entities.get(name)?.kind === "organisation";
  }

  /** Whose "his", "her", "their": the latest person (or plural source) of that gender, this sentence included. */
  private owner(pronoun: OwnerPronoun, index: number, peopleOnly = false): Entity | undefined {
    if (pronoun === "they")
      return this.latest(index, (e) => (e.plural || e.kind === "organisation") && !(peopleOnly && e.kind === "organisation"));
    const gender: Gender = pronoun === "he" ? "m" : "f";
    const people = [...this.entities.values()]
      .filter((e) => e.kind === "person" && e.recency <= index + 0.5)
      .sort((a, b) => b.recency - a.recency);
    return people.slice(0, 3).find((e) => e.gender === gender) ?? people.find((e) => e.gender === undefined);
  }

  /**
   * The latest entity that passes, counting only mentions before this sentence unless
   * `named` (a name came before the pronoun in it).
   */
  private latestBefore(index: number, named: boolean, test: (e: Entity) => boolean): Entity | undefined {
    if (named) return this.latest(index, test);
    const prior = (e: Entity) => (e.recency < index ? e.recency : e.before);
    let best: Entity | undefined;
    for (const e of this.entities.values()) if (prior(e) >= 0 && test(e) && (!best || prior(e) > prior(best))) best = e;
    return best;
  }

  private latest(index: number, test: (e: Entity) => boolean): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.entities.values()) if (e.recency <= index + 0.5 && test(e) && (!best || e.recency > best.recency)) best = e;
    return best;
  }

  /** The person the article is most about, of the office's gender when it has one ("queen", "first lady"). */
  private mostMentionedPerson(index: number, gender?: Gender): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.entities.values())
      if (
        e.kind === "person" &&
        e.recency <= index &&
        e.mentions >= 1 &&
        (!gender || e.gender === gender) &&
        (!best || e.mentions > best.mentions)
      )
        best = e;
    return best;
  }

  private addPerson(name: string, roles: string[], gender: Gender | undefined, index: number): Entity {
    const words = name.split(" ");
    const surname = words[words.length - 1]!;
    // "Mr. Potter" after "Paul Potter": an honorific and a surname are the person named in full.
    const named = words.length === 2 && isHonorificWord(words[0]!) ? this.bySurname.get(surname) : undefined;
    const bearer = named && named !== name ? this.entities.get(named) : undefined;
    // ("Mrs. Obama" is not Barack Obama.)
    const honorificGender = genderOfWords([words[0]!.replace(/\.$/, "")]);
    if (bearer?.kind === "person" && !(honorificGender && bearer.gender && bearer.gender !== honorificGender))
      return this.addPerson(bearer.name, roles, gender, index);
    // "Michelle" after "Michelle Obama": a first name alone is the person last named in full with it.
    const full = words.length > 1 ? name : (this.bySurname.get(surname) ?? this.byFirstName(name, index)?.name ?? name);
    if (words.length > 1) this.byFirst.set(words[0]!, (this.byFirst.get(words[0]!) ?? new Set()).add(name));
    // A fuller form of the same name takes the surname over ("Donald J. Trump" after "Donald
    // Trump"); another person of that surname does not ("Verdelle Robinson Funnye", the mother,
    // after "Capers Funnye", whom the article is about).
    const held = this.bySurname.get(surname);
    if (words.length > 1 && (!held || (held.length < name.length && (!held.includes(" ") || held.split(" ")[0] === words[0])))) {
      this.bySurname.set(surname, name);
      // "Sabban" after "Mohammed al-Sabban": the Arabic article is often dropped.
      const bare = withoutArticle(surname);
      if (bare !== surname && !this.bySurname.has(bare)) this.bySurname.set(bare, name);
      // "Tanase" seen before "Junya Tanase": one entity under the fuller name.
      if (held && !held.includes(" ") && this.entities.has(held)) {
        const old = this.entities.get(held)!;
        this.entities.delete(held);
        this.entities.set(name, { ...old, name });
      }
    }
    const entity = this.add(full, "person", index);
    // Titles come word by word ("attorney", "general"): every run of them is an office.
    for (let i = 0; i < roles.length; i++) for (let j = i + 1; j <= roles.length; j++) entity.roles.add(roles.slice(i, j).join(" "));
    entity.gender ??= gender ?? (words.length > 1 ? firstNameGender(words[0]!) : undefined);
    return entity;
  }

  /** The person known in full whose first name this is; the most mentioned when several are. */
  private byFirstName(name: string, index: number): Entity | undefined {
    const names = this.byFirst.get(name);
    // ("Yukos" is no first name of "Yukos US", which the name classifier may take for a person.)
    if (!names || !firstNameGender(name)) return undefined;
    let best: Entity | undefined;
    for (const full of names) {
      const e = this.entities.get(full);
      if (e?.kind === "person" && e.recency <= index + 0.5 && (!best || e.mentions > best.mentions)) best = e;
    }
    return best;
  }

  /** A mention at sentence `index`: the entity of that name, counted once more, or a new one. */
  private add(
    name: string,
    kind: SpeakerKind,
    index: number,
    { plural = false, roles = new Set<string>(), gender }: { plural?: boolean; roles?: Set<string>; gender?: Gender } = {},
  ): Entity {
    const known = this.entities.get(name);
    if (known) {
      if (known.recency < index) known.before = known.recency;
      known.recency = Math.max(known.recency, index);
      known.mentions++;
      for (const role of roles) known.roles.add(role);
      known.gender ??= gender;
      return known;
    }
    const entity: Entity = { name, kind, plural, roles, mentions: 1, recency: index, before: -1, spoke: -1, ...(gender ? { gender } : {}) };
    this.entities.set(name, entity);
    return entity;
  }
}

/** The entity, from now on an organisation's ("Microsoft" once the article calls it "the firm"). */
function asOrganisation(entity: Entity | undefined): Entity | undefined {
  if (entity) entity.kind = "organisation";
  return entity;
}

/** What kind of organisation a name is introduced as: "by US magazine Mobile PC" → magazine. */
function describedAs(sentence: string, name: string): Set<string> {
  if (isPlaceName(name)) return new Set();
  const at = sentence.indexOf(name);
  const before = sentence.slice(0, at).trimEnd().split(/\s+/).at(-1)?.toLowerCase() ?? "";
  // ("by PC Pro magazine": an outlet may say what it is after the name, in lower case; but in
  // "Channel Tunnel operator Eurotunnel" the word is the next name's, "the New London board" is a
  // part of it, and "North Carolina-based newspaper" names a place.)
  const after = /^ ([a-z]+)\b(?! \p{Lu})/u.exec(sentence.slice(at + name.length))?.[1] ?? "";
  if (ORGANISATION_HEADS.has(before)) return new Set([before]);
  const place = DEMONYMS.has(name) || /-\p{Ll}+$/u.test(name);
  return OUTLETS.has(after) && !place ? new Set([after]) : new Set();
}

/**
 * "operator Eurotunnel", "carmaker BMW": an organisation word in lower case, then one capitalised
 * word that no other capitalised word or possessive follows, as [head, name] pairs. (A split on
 * spaces, not a regular expression over the sentence: this runs on every sentence.)
 */
function introducedOrganisations(sentence: string): [string, string][] {
  const words = sentence.split(" ");
  const found: [string, string][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!ORGANISATION_HEADS.has(words[i]!)) continue;
    const name = /^\p{Lu}[\p{L}&-]+/u.exec(words[i + 1]!)?.[0];
    if (!name || /^['’]/.test(words[i + 1]!.slice(name.length)) || /^\p{Lu}/u.test(words[i + 2] ?? "")) continue;
    found.push([words[i]!, name]);
  }
  return found;
}

/** The word before position `at` ("Mr." in "… Mr. Obama"), without splitting the whole sentence: this runs on every name. */
function wordBefore(sentence: string, at: number): string {
  let end = at;
  while (end > 0 && sentence[end - 1] === " ") end--;
  return sentence.slice(sentence.lastIndexOf(" ", end - 1) + 1, end);
}

const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’-]+(?![\p{L}\p{N}])/gu;
