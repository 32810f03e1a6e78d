/**
 * The only place filter expressions are written. Attribute names come from code (typed),
 * never from a request; every value is quoted and escaped so that quotes, backslashes,
 * `OR`, `EXISTS` or newlines inside a value stay part of the value.
 */
import type { CLAIM_FILTERABLE, FACET_VALUE_FILTERABLE, FILTERABLE } from "./settings";

export type FilterAttribute = (typeof FILTERABLE | typeof CLAIM_FILTERABLE | typeof FACET_VALUE_FILTERABLE)[number];

/** A filter string literal: `x" OR a` → `"x\" OR a"`. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** `speaker IN ["A", "B"]`: any of the values (OR within one facet). */
export function filterIn(attribute: FilterAttribute, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quoteFilterValue).join(", ")}]`;
}

/** `position 3 TO 5`: a range of whole numbers (never from text, so nothing to quote). */
export function filterRange(attribute: FilterAttribute, from: number, to: number): string {
  if (!Number.isInteger(from) || !Number.isInteger(to)) throw new RangeError(`${attribute} range needs whole numbers`);
  return `${attribute} ${from} TO ${to}`;
}

/** `dateTs >= 1509494400`: at least a whole number. */
export function filterAtLeast(attribute: FilterAttribute, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`${attribute} bound needs a whole number`);
  return `${attribute} >= ${n}`;
}

/** `dateTs <= 1512086399`: at most a whole number. */
export function filterAtMost(attribute: FilterAttribute, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`${attribute} bound needs a whole number`);
  return `${attribute} <= ${n}`;
}

/** `dateTs EXISTS`: documents that have the attribute. */
export function filterExists(attribute: FilterAttribute): string {
  return `${attribute} EXISTS`;
}

/** Clauses joined with OR (within one facet); undefined when there is none. */
export function anyOf(clauses: readonly string[]): string | undefined {
  return clauses.length ? clauses.map((c) => `(${c})`).join(" OR ") : undefined;
}

/** Clauses joined with AND (across facets); undefined when there is none. */
export function allOf(clauses: readonly string[]): string | undefined {
  return clauses.length ? clauses.map((c) => `(${c})`).join(" AND ") : undefined;
}
