import { describe, expect, it } from "vitest";
import { allOf, filterIn, quoteFilterValue } from "./filters";

describe("filter escaping", () => {
  it("quotes plain values", () => {
    expect(quoteFilterValue("John Kerry")).toBe('"John Kerry"');
  });

  it("keeps quotes and operators inside the value", () => {
    expect(quoteFilterValue('x" OR speaker EXISTS OR "')).toBe('"x\\" OR speaker EXISTS OR \\""');
  });

  it("escapes backslashes before quotes so an escape cannot be cancelled", () => {
    expect(quoteFilterValue('a\\" OR 1')).toBe('"a\\\\\\" OR 1"');
    expect(quoteFilterValue("trailing\\")).toBe('"trailing\\\\"');
  });

  it("builds IN lists and AND of clauses", () => {
    expect(filterIn("speaker", ["A", 'B"'])).toBe('speaker IN ["A", "B\\""]');
    expect(allOf([filterIn("speaker", ["A"]), filterIn("country", ["Russia"])])).toBe('(speaker IN ["A"]) AND (country IN ["Russia"])');
    expect(allOf([])).toBeUndefined();
  });
});
