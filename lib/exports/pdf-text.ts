// PDF's standard fonts (Helvetica, Times) encode text as WinAnsi: anything else is printed as
// garbage. Embedding a Unicode font would tie the export to a font file on the server, so text
// is brought into WinAnsi instead: accents kept where WinAnsi has them, stripped where it does
// not, a few symbols spelled out, and the rest shown as "?".

const WIN_ANSI_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const SPELLED: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "✓": "v",
  "✗": "x",
  "≈": "~",
  "≠": "!=",
  "≤": "<=",
  "≥": ">=",
  "\u2009": " ",
  "\u202f": " ",
  "\u2212": "-",
  "\u2010": "-",
  "\u2011": "-",
  "\u2032": "'",
  "\u2033": '"',
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.includes(char)
  );
}

/** The text with every character WinAnsi can't show replaced by the nearest it can. */
export function toWinAnsi(text: string): string {
  if (/^[\x20-\x7e\n]*$/.test(text)) return text;
  let out = "";
  for (const char of text.normalize("NFC").replace(/\r\n?|\t/g, (match) => (match === "\t" ? " " : "\n"))) {
    if (isWinAnsi(char)) out += char;
    else if (SPELLED[char] !== undefined) out += SPELLED[char];
    else {
      const stripped = char.normalize("NFKD").replace(/\p{M}/gu, "");
      out += [...stripped].every(isWinAnsi) && stripped !== "" ? stripped : "?";
    }
  }
  return out;
}
