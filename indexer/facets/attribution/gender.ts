import { getGender } from "gender-detection-from-name";
import { FEMALE_WORDS, MALE_WORDS } from "./lexicon";

export type Gender = "m" | "f";

/** A first name's usual gender, from `gender-detection-from-name` ("Maria" → "f"), if known. */
export function firstNameGender(name: string): Gender | undefined {
  const g = getGender(name, "en");
  return g === "male" ? "m" : g === "female" ? "f" : undefined;
}

/** Gender told by a title or a kinship or role word: "Mrs", "sister", "spokeswoman". */
export function genderOfWords(words: string[]): Gender | undefined {
  for (const w of words) {
    const lower = w.toLowerCase().replace(/\.$/, "");
    if (FEMALE_WORDS.has(lower)) return "f";
    if (MALE_WORDS.has(lower)) return "m";
  }
  return undefined;
}
