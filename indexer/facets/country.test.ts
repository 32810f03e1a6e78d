import { describe, expect, it } from "vitest";
import { countriesIn } from "./country";

describe("country extraction", () => {
  it("finds names, abbreviations, demonyms, cities and metonyms", () => {
    expect(countriesIn("The U.S. and Russian-backed forces met in Kyiv.")).toEqual(["United States", "Russia", "Ukraine"]);
    expect(countriesIn("The Kremlin and the White House spoke; Downing Street said nothing.")).toEqual([
      "Russia",
      "United States",
      "United Kingdom",
    ]);
    expect(countriesIn("Syrian refugees reached Riyadh.")).toEqual(["Syria", "Saudi Arabia"]);
  });

  it("matches US case-sensitively and ignores look-alikes", () => {
    expect(countriesIn("Let us talk, said the editor of USA TODAY.")).toEqual([]);
    expect(countriesIn("Fighters of the Islamic State fled to New Mexico.")).toEqual([]);
  });

  it("prefers the state over its territories for shared demonyms", () => {
    expect(countriesIn("American officials agreed.")).toEqual(["United States"]);
  });

  it("does not read a person's name as a country", () => {
    expect(countriesIn("Michael Jordan scored 40 points.")).toEqual([]);
    expect(countriesIn("Troops crossed into Jordan on Monday.")).toEqual(["Jordan"]);
  });
});

describe("places that name an accord", () => {
  it("do not count as the country, while a meeting place does", () => {
    expect(countriesIn("Both sides must respect the Minsk agreement.")).toEqual([]);
    expect(countriesIn("They upheld the Geneva communique on Yemen.")).toEqual(["Yemen"]);
    expect(countriesIn("The Riyadh meeting united the opposition.")).toEqual(["Saudi Arabia"]);
  });
});

describe("places that are also people's names", () => {
  it("does not read a territory's capital or a short alternate name as a country", () => {
    expect(countriesIn("Evan Mann, an analyst, said Douglas Hodge and Stanley Townsend were nominated.")).toEqual([]);
    expect(countriesIn("Male voters in Kingston backed him.")).toEqual([]);
    expect(countriesIn("Trade with the Isle of Man and Taipei grew.")).toEqual(["Isle of Man", "Taiwan"]);
  });
});

describe("datelines in capitals", () => {
  it("read the place before the comma or the agency", () => {
    expect(countriesIn("NAIROBI (Reuters) - The talks resumed.")).toEqual(["Kenya"]);
    expect(countriesIn("NEW YORK, March 2 - Shares rose.")).toEqual(["United States"]);
    expect(countriesIn("LIMA, PERU, March 2 - Output rose.")).toEqual(["Peru"]);
    expect(countriesIn("FORD MOTOR said on Monday.")).toEqual([]);
  });
});

describe("national bodies, nations of the UK, plural demonyms and the Soviet Union", () => {
  it("count as their country", () => {
    expect(countriesIn("An IRS auditor and a congressional aide met.")).toEqual(["United States"]);
    expect(countriesIn("The Bundestag voted, and the Belgians abstained.")).toEqual(["Germany", "Belgium"]);
    expect(countriesIn("Fans in Scotland cheered the Commons vote.")).toEqual(["United Kingdom"]);
    expect(countriesIn("The Soviets sold grain.")).toEqual(["Soviet Union"]);
  });

  it("leave look-alikes alone", () => {
    expect(countriesIn("The quake hit the North Island.")).toEqual([]);
    expect(countriesIn("The African National Congress won.")).toEqual([]);
  });
});
