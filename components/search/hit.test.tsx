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
