import { describe, expect, it } from "vitest";
import { cueLemmaOf, mayAttribute } from "./lexicon";

describe("which sentences attribution tags", () => {
  it("lets through a colon opening a quote, 'according to' and a verb that is a cue alone", () => {
    expect(mayAttribute("The plan “will work,” he added.")).toBe(true);
    expect(mayAttribute("His remarks were blunt: “Go home.”")).toBe(true);
    expect(mayAttribute("Prices rose, according to the survey.")).toBe(true);
    expect(mayAttribute("Lee said the plan would work.")).toBe(true);
  });

  it("does not tag a quote or a colon that no cue goes with", () => {
    expect(mayAttribute("The “reset” of relations failed.")).toBe(false);
    expect(mayAttribute("“We will win.”")).toBe(false);
    expect(mayAttribute("His view: short.")).toBe(false);
  });

  it("does not take a form inside a name or after an article for a verb", () => {
    expect(mayAttribute("Trade with the United States grew.")).toBe(false);
    expect(mayAttribute("Islamic State fighters advanced.")).toBe(false);
    expect(mayAttribute("The report was long.")).toBe(false);
    expect(mayAttribute("States report their figures.")).toBe(true);
    expect(mayAttribute("“No,” replied the witness.")).toBe(true);
    expect(mayAttribute("This, said Lee, is the plan.")).toBe(true);
  });

  it("lets a verb that is a cue only with other words through only with them", () => {
    expect(mayAttribute("The firm made a profit and set a record.")).toBe(false);
    expect(mayAttribute("The minister made clear that taxes would rise.")).toBe(true);
    expect(mayAttribute("She brushed the criticism aside.")).toBe(true);
    expect(mayAttribute("He portrayed the plan as reckless.")).toBe(true);
    expect(mayAttribute("He portrayed a king.")).toBe(false);
    expect(mayAttribute("People think it has 'deep meaning'.")).toBe(true);
    expect(mayAttribute("People think it has deep meaning.")).toBe(false);
  });

  it("knows the cue verb of a form the tagger may not", () => {
    expect(cueLemmaOf("texted")).toBe("text");
    expect(cueLemmaOf("sang")).toBe("sing");
    expect(cueLemmaOf("table")).toBeUndefined();
  });
});
