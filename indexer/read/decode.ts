/**
 * Bytes → text. UTF-8 (a BOM is dropped) when the bytes are valid UTF-8; otherwise
 * Windows-1252, the usual legacy encoding of English news text, which decodes every byte.
 * Binary content is refused rather than indexed as noise.
 */
export type Decoded = { text: string; encoding: "utf-8" | "windows-1252" } | { error: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decode(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) return { error: "binary content (not text)" };
  try {
    return { text: stripBom(utf8.decode(bytes)), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL bytes or many control characters in the first 8 KiB mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €). Node builds
// without full ICU decode "windows-1252" as Latin-1, so that range is mapped here.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}
