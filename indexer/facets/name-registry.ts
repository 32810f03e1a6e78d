import { fold } from "../../lib/fold";
import { isPlaceName } from "./country";
import { englishWords } from "./speaker-values";
import { firstNameGender, genderOfWords } from "./attribution/gender";
import { isHonorificWord } from "./attribution/lexicon";

/**
 * Person names seen across a whole corpus, merged so each real speaker has one facet value:
 * transliteration variants (Sergey / Sergei), initials (J. Kerry) and surname-only mentions
 * join the full name, and the canonical value is the fullest form seen.
 *
 * const r = new NameRegistry(); r.observe("Sergey Lavrov"); r.observe("Sergei Lavrov");
 * r.canonical("Lavrov") → "Sergey Lavrov" (the first of equally full, equally frequent forms)
 */
export class NameRegistry {
  private readonly bySurname = new Map<string, Cluster[]>();
  /** Clusters by the first word of their names: "Xi" is Xi Jinping, surname first. */
  private readonly byFirst = new Map<string, Cluster[]>();
  /** Canonical values already worked out: asked once per speaker of every sentence. */
  private readonly known = new Map<string, string>();

  /** Records a full name (two words or more), seen `times`. */
  observe(name: string, times = 1): void {
    this.known.clear();
    const words = name.split(" ");
    if (words.length < 2) return;
    const key = foldSurname(words[words.length - 1]!);
    const clusters = this.bySurname.get(key) ?? [];
    const first = foldFirst(words[0]!);
    let cluster = clusters.find((c) => c.first === first || isInitialOf(first, c.first) || isInitialOf(c.first, first));
    if (!cluster) {
      cluster = { first, forms: new Map() };
      clusters.push(cluster);
      this.bySurname.set(key, clusters);
      if (first.length > 1) this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), cluster]);
    }
    // A full first name replaces an initial as the cluster's key.
    if (cluster.first.length === 1 && first.length > 1) cluster.first = first;
    cluster.forms.set(name, (cluster.forms.get(name) ?? 0) + times);
  }

  /**
   * The canonical value for a speaker name; names of no known person come back unchanged but
   * for an honorific ("Mrs. Holt" → "Holt"). The honorific's gender picks among people who
   * share a surname ("Mrs. Obama" → "Michelle Obama"), and a surname alone goes to the person
   * who bears it far more often than anyone else ("Trump" → "Donald J. Trump").
   */
  canonical(name: string): string {
    let value = this.known.get(name);
    if (value === undefined) {
      value = this.resolve(name);
      this.known.set(name, value);
    }
    return value;
  }

  private resolve(name: string): string {
    const [honorific, ...rest] = name.split(" ");
    const titled = rest.length > 0 && isHonorificWord(honorific!);
    const words = titled ? rest : [honorific!, ...rest];
    const bare = words.join(" ");
    const clusters = this.bySurname.get(foldSurname(words[words.length - 1]!));
    if (words.length === 1) {
      const gender = titled ? genderOfWords([honorific!]) : undefined;
      const byFirst = this.byFirst.get(foldFirst(words[0]!)) ?? [];
      // ("ISIS" is no "Analysis Isis": a name a surname alone stands for opens with a given name, not an English word.)
      const bySurname = (clusters ?? []).filter((c) => c.first.length === 1 || firstNameGender(c.first) || !englishWords().has(c.first));
      const candidates = [...bySurname, ...byFirst].filter((c) => !gender || firstNameGender(c.first) === gender);
      const one = dominant([...new Set(candidates)]);
      // ("Texas" is no "Texas Republican", "Valero" no "Valero Alamo Bowl": a name read surname
      // first opens with no place, and its given name is no English word.)
      if (one && !bySurname.includes(one) && (isPlaceName(words[0]!) || !isSurnameFirst(one))) return bare;
      return one ? fullest(one) : bare;
    }
    if (!clusters?.length) return bare;
    const first = foldFirst(words[0]!);
    const matches = clusters.filter((c) => c.first === first || isInitialOf(first, c.first));
    return matches.length === 1 ? fullest(matches[0]!) : bare;
  }
}

/** Whether a cluster's names read surname first ("Xi Jinping"), not as a word and a common noun ("Pennsylvania Turnpike"). */
function isSurnameFirst(cluster: Cluster): boolean {
  const given = fullest(cluster).split(" ").at(-1)!.toLowerCase();
  return !englishWords().has(given);
}

/** How much more often the main bearer of a surname must be named than the next one. */
const DOMINANCE = 4;

/** The only cluster, or the one named at least DOMINANCE times as often as any other. */
function dominant(clusters: Cluster[]): Cluster | undefined {
  if (clusters.length <= 1) return clusters[0];
  const sized = clusters.map((c) => ({ c, n: [...c.forms.values()].reduce((a, b) => a + b, 0) })).sort((a, b) => b.n - a.n);
  return sized[0]!.n >= DOMINANCE * sized[1]!.n ? sized[0]!.c : undefined;
}

interface Cluster {
  /** Folded first name (or initial) shared by every form. */
  first: string;
  forms: Map<string, number>;
}

/** Most words, then most frequent, then longest, then first seen. */
function fullest(cluster: Cluster): string {
  return [...cluster.forms.entries()].sort(
    ([a, n], [b, m]) => b.split(" ").length - a.split(" ").length || m - n || b.length - a.length,
  )[0]![0];
}

/** A name's word as the registry compares it: folded, without periods and apostrophes. */
function foldWord(word: string): string {
  return fold(word).replace(/[.’']/g, "");
}

/** "al-Sabban" → "Sabban": the Arabic article before a surname, often dropped. */
export function withoutArticle(surname: string): string {
  return surname.replace(/^(?:al|el|ad|ash|as)-/i, "");
}

/** al-Assad → assad: the article prefix of Arabic names is often dropped. */
function foldSurname(word: string): string {
  return withoutArticle(foldWord(word));
}

/** Transliteration variants of Slavic and other first names: Sergey/Sergei, Aleksei/Alexey, Mikhail/Mihail. */
export function foldFirst(word: string): string {
  return foldWord(word)
    .replace(/ks/g, "x")
    .replace(/kh/g, "h")
    .replace(/(?:ey|ei|ej|iy|ii|yi|y)$/, "i");
}

function isInitialOf(initial: string, name: string): boolean {
  return initial.length === 1 && name.startsWith(initial);
}
