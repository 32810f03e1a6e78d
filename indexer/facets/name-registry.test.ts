import { describe, expect, it } from "vitest";
import { foldFirst, NameRegistry } from "./name-registry";

const registry = (...names: string[]) => {
  const r = new NameRegistry();
  for (const n of names) r.observe(n);
  return r;
};

describe("corpus-wide speaker names", () => {
  it("merges transliteration variants into the fullest, most frequent form", () => {
    const r = registry("Dmitry Orlov", "Dmitri Orlov", "Dmitri Orlov");
    expect(r.canonical("Dmitry Orlov")).toBe("Dmitri Orlov");
    expect(r.canonical("Orlov")).toBe("Dmitri Orlov");
    expect(foldFirst("Aleksei")).toBe(foldFirst("Alexey"));
  });

  it("prefers the name with the most words", () => {
    expect(registry("Anna Berg", "Anna Maria Berg").canonical("Berg")).toBe("Anna Maria Berg");
  });

  it("joins initials and dropped name particles", () => {
    expect(registry("Karim al-Nasser", "K. Nasser").canonical("K. Nasser")).toBe("Karim al-Nasser");
  });

  it("leaves a surname alone when two people share it", () => {
    const r = registry("Paul Adeyemi", "Grace Adeyemi");
    expect(r.canonical("Adeyemi")).toBe("Adeyemi");
    expect(r.canonical("Grace Adeyemi")).toBe("Grace Adeyemi");
  });

  it("passes institutions and unknown names through", () => {
    expect(registry("Paul Adeyemi").canonical("Finance Ministry")).toBe("Finance Ministry");
  });
});

describe("honorifics, shared surnames and surname-first names", () => {
  it("lets the honorific's gender pick the person, and drops it otherwise", () => {
    const r = registry("Barack Okoro", "Michelle Okoro");
    expect(r.canonical("Mrs. Okoro")).toBe("Michelle Okoro");
    expect(r.canonical("Mr Okoro")).toBe("Barack Okoro");
    expect(r.canonical("Mrs. Holt")).toBe("Holt");
  });

  it("gives a surname to the person who bears it far more often than anyone else", () => {
    const r = registry(...Array(8).fill("Donald Marsh"), "Ivanka Marsh");
    expect(r.canonical("Marsh")).toBe("Donald Marsh");
    expect(registry("Paul Adeyemi", "Paul Adeyemi", "Grace Adeyemi").canonical("Adeyemi")).toBe("Adeyemi");
  });

  it("reads a lone word as the first word of a surname-first name", () => {
    expect(registry("Xu Jinmei").canonical("Xu")).toBe("Xu Jinmei");
  });

  it("never reads a place speaking as the first word of a name", () => {
    expect(registry("Texas Republican", "Texas Republican").canonical("Texas")).toBe("Texas");
  });
});

describe("a lone word and the names it may stand for", () => {
  it("is no surname of a capitalised phrase that opens with an English word", () => {
    expect(registry("Analysis Isis").canonical("Isis")).toBe("Isis");
    expect(registry("Maria Isis").canonical("Isis")).toBe("Maria Isis");
  });
});
