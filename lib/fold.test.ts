import { describe, expect, it } from "vitest";
import { fold } from "./fold";

describe("fold", () => {
  it("drops accents and case, keeps everything else", () => {
    expect(fold("Zoë Ortiz-Pérez")).toBe("zoe ortiz-perez");
    expect(fold("ŁÓDŹ")).toBe("łodz"); // Ł has no decomposition: it stays a letter of its own
    expect(fold("O'Neill")).toBe("o'neill");
  });
});
