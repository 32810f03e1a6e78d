import { describe, expect, it } from "vitest";
import { withSelection } from "./facet-panel";

describe("a facet group's values with the URL's selection", () => {
  const facet = {
    name: "speaker" as const,
    label: "Speaker",
    values: Array.from({ length: 12 }, (_, i) => ({ value: `v${i}`, count: 20 - i, selected: false })),
  };

  it("puts selected values first, keeping the count order otherwise", () => {
    const values = withSelection(facet, ["v11", "v3"]).values;
    expect(values.slice(0, 3).map((v) => [v.value, v.selected])).toEqual([
      ["v3", true],
      ["v11", true],
      ["v0", false],
    ]);
    expect(values).toHaveLength(12);
  });

  it("keeps a selected value that has no count, at 0", () => {
    expect(withSelection(facet, ["gone"]).values[0]).toEqual({ value: "gone", count: 0, selected: true });
  });

  it("brings a topic forward when one of its children is selected", () => {
    const tree = {
      ...facet,
      name: "topic" as const,
      values: [
        { value: "a", count: 5, selected: false },
        { value: "b", count: 2, selected: false, children: [{ value: "b > c", label: "c", count: 2, selected: false }] },
      ],
    };
    const values = withSelection(tree, ["b > c"]).values;
    expect(values.map((v) => v.value)).toEqual(["b", "a"]);
    expect(values[0]!.children![0]!.selected).toBe(true);
  });
});
