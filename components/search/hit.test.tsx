import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from "@/meili/highlight";
import { ArticleSentence } from "../article/article-sentence";
import { Hit } from "./hit";

const hostile = `<script>alert(1)</script> <img src=x onerror=alert(2)> </mark><b>bold</b>`;

describe("rendering untrusted text", () => {
  it("shows hits, highlights and speakers as text, never as markup", () => {
    const html = renderToStaticMarkup(
      <Hit
        hit={{
          id: "a-0",
          articleId: "a",
          article: "<i>title</i>",
          position: 0,
          text: hostile,
          highlighted: `${HIGHLIGHT_PRE}${hostile}${HIGHLIGHT_POST} tail`,
          speaker: ['"><script>alert(3)</script>'],
          country: [],
          topic: [],
          claimId: "a-0",
          claimArticles: 1,
        }}
        backQuery=""
        onSpeaker={() => {}}
      />,
    );
    expect(html).not.toMatch(/<script|<img|<b>|<i>/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.match(/<mark/g)).toHaveLength(1);
  });

  it("shows an article's sentences as text", () => {
    const html = renderToStaticMarkup(
      <ArticleSentence
        sentence={{
          id: "a-1",
          articleId: "a",
          article: "t",
          position: 1,
          text: hostile,
          speaker: ["<b>x</b>"],
          speakerKind: ["person"],
          people: ["x"],
          country: [],
          topic: [],
          topic_lvl0: [],
          topic_lvl1: [],
          claimId: "a-1",
          claimArticles: 1,
        }}
      />,
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('id="s1"');
  });
});

describe("a hit's dates", () => {
  const hit = {
    id: "b-3",
    articleId: "b",
    article: "Later story",
    position: 3,
    text: "The minister said so.",
    highlighted: "The minister said so.",
    speaker: [],
    country: [],
    topic: [],
    claimId: "b-3",
  };

  it("shows the sentence's date, and where a repeated report was first published, linked to that sentence", () => {
    const html = renderToStaticMarkup(
      <Hit
        hit={{
          ...hit,
          claimArticles: 3,
          date: "2017-11-20T21:00:00-05:00",
          first: { date: "2017-11-02", dateTs: 1509580800, article: "First story", articleId: "a", id: "a-7" },
        }}
        backQuery=""
        onSpeaker={() => {}}
      />,
    );
    expect(html).toContain('<time dateTime="2017-11-20T21:00:00-05:00">20 Nov 2017</time>');
    expect(html).toMatch(
      /First reported <time dateTime="2017-11-02">2 Nov 2017<\/time> in <a href="\/articles\/a#s7"[^>]*>First story<\/a>/,
    );
  });

  it("shows no date on undated input, and no first report for a sentence reported once", () => {
    const html = renderToStaticMarkup(<Hit hit={{ ...hit, claimArticles: 1 }} backQuery="" onSpeaker={() => {}} />);
    expect(html).not.toContain("<time");
    expect(html).not.toContain("First reported");
  });
});
