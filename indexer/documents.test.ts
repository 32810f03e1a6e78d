import { describe, expect, it } from "vitest";
import { buildArticle } from "./documents";
import type { TopicClassifier } from "./facets/topic";
import { segmentArticle } from "./read/read-articles";

const noTopics: TopicClassifier = () => ({ topic: [], topic_lvl0: [], topic_lvl1: [] });
const article = (body: string) => segmentArticle({ title: "T", body, root: "r", origin: "a.txt" });

describe("sentence documents", () => {
  it("keeps one kind per canonical speaker, parallel to the speakers, and lists the people apart", () => {
    const body = "Mayor Ida Novak and the Finance Ministry said taxes would fall. Novak said the budget was final.";
    const merged = (name: string) => (name.endsWith("Novak") ? "Ida Novak" : name);
    const [first, second] = buildArticle(article(body), noTopics, { canonicalSpeaker: merged, claimOf: () => undefined }).docs;
    expect(first!.speaker.length).toBe(first!.speakerKind.length);
    expect(Object.fromEntries(first!.speaker.map((s, i) => [s, first!.speakerKind[i]]))).toMatchObject({ "Ida Novak": "person" });
    expect(first!.people).toEqual(["Ida Novak"]);
    expect(second).toMatchObject({ speaker: ["Ida Novak"], speakerKind: ["person"], people: ["Ida Novak"] });
  });

  it("gives a dated article's sentences the date as written, its moment, and its day, week and month", () => {
    const dated = segmentArticle({
      title: "T",
      body: "One. Two.",
      root: "r",
      origin: "a.txt",
      date: "2017-12-31T23:30:00-02:00",
      source: "Wire",
    });
    const { docs, record } = buildArticle(dated, noTopics);
    const moment = Date.parse("2018-01-01T01:30:00Z") / 1000;
    expect(docs[1]).toMatchObject({
      date: "2017-12-31T23:30:00-02:00",
      dateTs: moment,
      day: "2018-01-01",
      week: "2018-01-01",
      month: "2018-01",
      year: "2018",
      source: "Wire",
    });
    expect(record).toMatchObject({ date: "2017-12-31T23:30:00-02:00", source: "Wire" });
    const undated = buildArticle(article("One."), noTopics).docs[0]!;
    for (const field of ["date", "dateTs", "day", "week", "month"]) expect(undated).not.toHaveProperty(field);
  });
});
