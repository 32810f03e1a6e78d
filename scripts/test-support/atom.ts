import { readFileSync } from "node:fs";
import { validateXML } from "xmllint-wasm";

const SCHEMA = readFileSync(new URL("./atom.rng", import.meta.url), "utf8");

/**
 * What makes an Atom document invalid (RFC 4287), empty when it is valid: libxml2's RELAX NG
 * validation against the RFC's schema, then the rules the schema cannot state (section 4.1):
 * ids are absolute IRIs; a feed has an author unless every entry has one; an entry without
 * content has an alternate link; no two alternate links share a type and language.
 */
export async function atomErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "feed.xml", contents: xml }],
    schema: [{ fileName: "atom.rng", contents: SCHEMA }],
    extension: "relaxng",
  });
  const errors = result.errors.map((e) => e.rawMessage);
  if (errors.length) return errors;
  const ids = [...xml.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1]!);
  for (const id of ids) if (!/^[a-z][a-z0-9+.-]*:/i.test(id)) errors.push(`id "${id}" is not an absolute IRI`);
  const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
  const feedHead = xml.split("<entry>")[0]!;
  if (!feedHead.includes("<author>") && entries.some((e) => !e.includes("<author>")))
    errors.push("an entry without an author in a feed without one");
  for (const entry of entries) {
    if (!entry.includes("<content") && !/<link[^>]*rel="alternate"|<link(?![^>]*rel=)/.test(entry))
      errors.push("an entry with neither content nor an alternate link");
  }
  for (const part of [feedHead, ...entries]) {
    const alternates = [...part.matchAll(/<link rel="alternate" type="([^"]*)"/g)].map((m) => m[1]);
    if (new Set(alternates).size !== alternates.length) errors.push("two alternate links of one type");
  }
  return errors;
}
