/**
 * Builds indexer/facets/data/countries.json, the country gazetteer, from the
 * `world-countries` package (names, official names, demonyms, capitals of every
 * country and territory) merged with the hand-kept country-extras.json.
 *
 *   npx tsx scripts/build-gazetteer.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  unMember: boolean;
  independent: boolean | null;
}
interface Extras {
  rename: Record<string, string>;
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  cities: Record<string, string[]>;
  metonyms: Record<string, string[]>;
  ambiguous: string[];
  notCountries: string[];
  historical: Country[];
}
interface Country {
  name: string;
  unMember: boolean;
  names: string[];
  demonyms: string[];
  places: string[];
  metonyms: string[];
}

const dataDir = new URL("../indexer/facets/data/", import.meta.url);
const world: WorldCountry[] = createRequire(import.meta.url)("world-countries/countries.json");
const extras: Extras = JSON.parse(readFileSync(new URL("country-extras.json", dataDir), "utf8"));

// Latin-script spellings of three letters or more, without "Korea, Republic of" inversions.
const usable = (s: string) => /^[\p{Script=Latin} .'’-]{3,}$/u.test(s) && !s.includes(",");
const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];

/** "Belgian" → "Belgians", "Frenchman" → "Frenchmen"; "Chinese", "Swiss" and "British" have none. */
const plural = (demonym: string) =>
  demonym.endsWith("man") ? `${demonym.slice(0, -3)}men` : /(?:ese|[shzx])$/.test(demonym) ? "" : `${demonym}s`;
const withPlurals = (demonyms: string[]) => uniq([...demonyms, ...demonyms.filter(Boolean).map(plural)]);
const countries: Country[] = world.map((c) => {
  const name = extras.rename[c.name.common] ?? c.name.common;
  return {
    name,
    unMember: c.unMember,
    // One-word alternate spellings of four letters or fewer are too often names ("Mann").
    names: uniq([
      name,
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((a) => usable(a) && (a.includes(" ") || a.length > 4)),
      ...(extras.aliases[name] ?? []),
    ]),
    demonyms: withPlurals([c.demonyms?.eng?.m ?? "", c.demonyms?.eng?.f ?? "", ...(extras.demonyms[name] ?? [])]),
    // A territory's capital (Douglas, Hamilton, Stanley) is more often a person than the place.
    places: uniq([...(c.unMember ? (c.capital ?? []).filter(usable) : []), ...(extras.cities[name] ?? [])]),
    metonyms: extras.metonyms[name] ?? [],
  };
});

countries.push(...extras.historical.map((c) => ({ ...c, demonyms: withPlurals(c.demonyms) })));
const missing = Object.keys({ ...extras.cities, ...extras.metonyms }).filter((n) => !countries.some((c) => c.name === n));
if (missing.length) throw new Error(`country-extras.json names unknown countries: ${missing.join(", ")}`);

const out = { ambiguous: extras.ambiguous, notCountries: extras.notCountries, countries };
writeFileSync(new URL("countries.json", dataDir), `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${countries.length} countries`);
