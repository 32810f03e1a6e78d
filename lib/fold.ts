/**
 * Text folded for comparison: accents off, lower case. One rule for the speaker registry and
 * the facet value search, so the two agree on what is "the same name".
 *   fold("Zoë Ortiz-Pérez") → "zoe ortiz-perez"
 */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
