import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, emptyFilters } from "@/lib/url-state";
import { atomErrors } from "../../scripts/test-support/atom";
import { atomFeed, searchInWords } from "./atom";

const sentence = (over: Record<string, unknown> = {}) => ({
  id: "a1-4",
  articleId: "a1",
  article: "Budget talks",
  position: 4,
  text: "The minister said taxes would fall.",
  speaker: ["Ida Novak"],
  topic: ["economy"],
  ...over,
});
const now = new Date("2026-11-24T10:00:00.123Z");
const origin = "https://parley.example";

describe("a search's Atom feed", () => {
  it("is valid Atom, one entry per sentence with its permalink, speakers, topics and date", async () => {
    const xml = atomFeed({
      origin,
      now,
      state: { ...DEFAULT_STATE, q: "tax", filters: { ...emptyFilters(), speaker: ["Ida Novak"] }, dates: { from: "2017-11-01" } },
      sentences: [
        sentence({ date: "2017-11-20T21:00:00-05:00", source: "Wire" }),
        sentence({ id: "b2-0", articleId: "b2", position: 0, date: "2017-11-02", speaker: ["Ida Novak", "Finance Ministry"] }),
      ],
    });
    expect(await atomErrors(xml)).toEqual([]);
    expect(xml).toContain(`<id>${origin}/articles/a1#s4</id>`);
    expect(xml).toContain(
      `<link rel="self" type="application/atom+xml" href="${origin}/feed?q=tax&amp;speaker=Ida%20Novak&amp;from=2017-11-01"/>`,
    );
    expect(xml).toContain('<title type="text">Parley: “tax” · Speaker: Ida Novak · Date: from 1 Nov 2017</title>');
    expect(xml).toContain("<published>2017-11-20T21:00:00-05:00</published>");
    expect(xml).toContain("<updated>2017-11-02T00:00:00Z</updated>");
    // The feed is as new as its newest sentence.
    expect(xml.split("<entry>")[0]).toContain("<updated>2017-11-20T21:00:00-05:00</updated>");
    expect(xml.match(/<author><name>Finance Ministry<\/name><\/author>/g)).toHaveLength(1);
    expect(xml).toContain('<category term="economy"/>');
  });

  it("stays valid with hostile and undated text: markup escaped, characters XML forbids dropped", async () => {
    const hostile = 'A <b>"quote"</b> & \u0001control\u0007 chars \uD800 and ]]> end';
    const xml = atomFeed({ origin, now, state: DEFAULT_STATE, sentences: [sentence({ text: hostile, speaker: [], article: "<i>x</i>" })] });
    expect(await atomErrors(xml)).toEqual([]);
    expect(xml).toContain("A &lt;b&gt;&quot;quote&quot;&lt;/b&gt; &amp; control chars  and ]]&gt; end");
    expect(xml).not.toContain("<published>");
    expect(xml).toContain("<updated>2026-11-24T10:00:00Z</updated>");
    expect(xml).toContain('<title type="text">Unattributed: ');
  });

  it("is refused by the validator when broken, so the checks above can fail", async () => {
    const valid = atomFeed({ origin, now, state: DEFAULT_STATE, sentences: [sentence({ date: "2017-11-02" })] });
    // (The feed's own <updated> comes first.)
    expect(await atomErrors(valid.replace("<updated>2017-11-02T00:00:00Z</updated>", ""))).not.toEqual([]);
    expect(await atomErrors(valid.replace("2017-11-02T00:00:00Z", "2017-11-02T00:00:00"))).not.toEqual([]);
    expect(await atomErrors(valid.replace(`<id>${origin}/articles/a1#s4</id>`, "<id>articles/a1#s4</id>"))).not.toEqual([]);
    expect(
      await atomErrors(valid.replace("<author><name>Parley</name></author>", "").replace(/<author><name>Ida Novak<\/name><\/author>/, "")),
    ).not.toEqual([]);
  });

  it("names the search in words", () => {
    expect(searchInWords(DEFAULT_STATE)).toBe("every sentence");
    expect(searchInWords({ ...DEFAULT_STATE, filters: { ...emptyFilters(), country: ["Peru", "Chile"] }, peopleOnly: true })).toBe(
      "every sentence · Country: Peru or Chile · people only",
    );
  });
});
