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

  /** Records a full name (two words or more). */
  observe(name: string): void {
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
    }
    // A full first name replaces an initial as the cluster's key.
    if (cluster.first.length === 1 && first.length > 1) cluster.first = first;
    cluster.forms.set(name, (cluster.forms.get(name) ?? 0) + 1);
  }

  /** The canonical value for a speaker name; names of no known person come back unchanged. */
  canonical(name: string): string {
    const words = name.split(" ");
    const clusters = this.bySurname.get(foldSurname(words[words.length - 1]!));
    if (!clusters?.length) return name;
    if (words.length === 1) return clusters.length === 1 ? fullest(clusters[0]!) : name;
    const first = foldFirst(words[0]!);
    const matches = clusters.filter((c) => c.first === first || isInitialOf(first, c.first));
    return matches.length === 1 ? fullest(matches[0]!) : name;
  }
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

function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[.’']/g, "");
}

/** al-Assad → assad: the article prefix of Arabic names is often dropped. */
function foldSurname(word: string): string {
  return fold(word).replace(/^(?:al|el|ad|ash|as)-/, "");
}

/** Transliteration variants of Slavic and other first names: Sergey/Sergei, Aleksei/Alexey, Mikhail/Mihail. */
export function foldFirst(word: string): string {
  return fold(word).replace(/ks/g, "x").replace(/kh/g, "h").replace(/(?:ey|ei|ej|iy|ii|yi|y)$/, "i");
}

function isInitialOf(initial: string, name: string): boolean {
  return initial.length === 1 && name.startsWith(initial);
}
