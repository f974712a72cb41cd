import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  getDocumentText,
  getStandfirst,
  getTitle,
  type ArticleDocument,
  type BlockType,
} from "@/lib/articles/document";
import { isHeadingLike, parsePlainTextArticle } from "@/lib/articles/parse-plain-text";

const WHO_IS_FRIENDS = "who-is-friends-with-north-korea.txt";
const FRIENDS_AND_COMRADES = "friends-and-comrades-north-koreas-foreign-relations.txt";

function readSeed(file: string): string {
  return readFileSync(new URL(`../../prisma/seed/articles/${file}`, import.meta.url), "utf8");
}

function listTexts(doc: ArticleDocument, type: BlockType): string[] {
  return doc.blocks.filter((b) => b.type === type).map((b) => b.text);
}

describe("parsePlainTextArticle on the blank-line seed", () => {
  const raw = readSeed(WHO_IS_FRIENDS);
  const doc = parsePlainTextArticle(raw);

  it("reads the title and finds no standfirst", () => {
    expect(getTitle(doc)).toBe("Who Is Friends With North Korea");
    expect(getStandfirst(doc)).toBeNull();
    expect(doc.blocks[0]?.type).toBe("title");
  });

  it("finds the section headings", () => {
    expect(listTexts(doc, "heading")).toEqual([
      "Background",
      "China",
      "Russia",
      "Iran",
      "Vietnam",
      "Syria",
      "Implications",
      "Economic Impact",
      "Political Impact",
      "Cultural Impact",
      "Policy Impact",
      "Criticism",
    ]);
  });

  it("keeps the author bio and the trailing boilerplate as paragraphs", () => {
    const paragraphs = listTexts(doc, "paragraph");
    expect(paragraphs).toHaveLength(14);
    expect(paragraphs.at(-1)).toBe("Leave a Comment");
    expect(paragraphs.at(-2)).toMatch(/^Cassie Grissom is an American/);
  });

  it("keeps the sentences reviewers will quote", () => {
    expect(getDocumentText(doc)).toContain("the two countries had fought a bloody war together in 1950");
  });
});

describe("parsePlainTextArticle on the one-line-per-block seed", () => {
  const raw = readSeed(FRIENDS_AND_COMRADES);
  const doc = parsePlainTextArticle(raw);

  it("reads the title and the standfirst", () => {
    expect(getTitle(doc)).toBe("Friends and Comrades: North Korea’s Foreign Relations");
    expect(getStandfirst(doc)).toBe("A closer look at the dark web of North Korean diplomacy.");
    expect(doc.blocks[1]?.type).toBe("standfirst");
  });

  it("finds the section headings, including one ending in '?'", () => {
    expect(listTexts(doc, "heading")).toEqual([
      "Dark Web of Foreign Relations",
      "Emergence of the Hermit Kingdom",
      "Workers and Embassies Abroad",
      "Trade and Joint Ventures",
      "Relations Cooling off",
      "Sports Diplomacy: Last Avenue for Engagement?",
      // Page furniture after the article body; they read as headings too.
      "Want to read more?",
      "SubscribeThe Authors",
    ]);
  });

  it("makes every other line a paragraph", () => {
    expect(listTexts(doc, "paragraph")).toHaveLength(35);
    expect(doc.blocks).toHaveLength(45);
  });

  it("keeps the sentences reviewers will quote", () => {
    expect(getDocumentText(doc)).toContain("diplomatic relations with 162 countries");
  });
});

describe("parsePlainTextArticle keeps all the text", () => {
  it.each([WHO_IS_FRIENDS, FRIENDS_AND_COMRADES])("contains every non-blank line of %s in order", (file) => {
    const raw = readSeed(file);
    const text = getDocumentText(parsePlainTextArticle(raw));
    let from = 0;
    for (const line of raw.split(/\r?\n/)) {
      const normalised = line.normalize("NFC").replace(/\s+/g, " ").trim();
      if (!normalised) continue;
      const at = text.indexOf(normalised, from);
      expect(at, normalised).toBeGreaterThanOrEqual(from);
      from = at + normalised.length;
    }
  });
});

describe("parsePlainTextArticle normalisation", () => {
  it("reads CRLF and CR line endings like LF", () => {
    const lf = "Title\n\nHeading\n\nA paragraph.\nAnother one.";
    const crlf = lf.replace(/\n/g, "\r\n");
    const cr = lf.replace(/\n/g, "\r");
    expect(parsePlainTextArticle(crlf)).toEqual(parsePlainTextArticle(lf));
    expect(parsePlainTextArticle(cr)).toEqual(parsePlainTextArticle(lf));
    expect(getDocumentText(parsePlainTextArticle(crlf))).not.toContain("\r");
  });

  it("strips a byte-order mark from the title", () => {
    const doc = parsePlainTextArticle("\uFEFFA Title\nBody text here.");
    expect(getTitle(doc)).toBe("A Title");
  });

  it("trims lines and collapses inner spaces and tabs", () => {
    const doc = parsePlainTextArticle("  Title \t here  \n\tSome \t  body.  ");
    expect(doc.blocks.map((b) => b.text)).toEqual(["Title here", "Some body."]);
  });

  it("composes decomposed characters (NFC)", () => {
    const doc = parsePlainTextArticle("Cafe\u0301 society\nBody.");
    expect(getTitle(doc)).toBe("Caf\u00e9 society");
  });

  it.each(["", "   ", "\n\r\n\t \n", "\uFEFF"])("throws a clear error on empty input %j", (raw) => {
    expect(() => parsePlainTextArticle(raw)).toThrow(/empty/);
  });
});

describe("block classification", () => {
  it("treats a short line ending in '?' or '!' as a heading", () => {
    const doc = parsePlainTextArticle("Title\nIs Peace Possible?\nSome think so.\nNot Yet!\nOthers disagree.");
    expect(listTexts(doc, "heading")).toEqual(["Is Peace Possible?", "Not Yet!"]);
  });

  it("does not take a long second line as a standfirst", () => {
    const long = `${"This sentence is long enough. ".repeat(10)}`.trim();
    const doc = parsePlainTextArticle(`Title\n${long}\nMore.`);
    expect(getStandfirst(doc)).toBeNull();
    expect(doc.blocks[1]?.type).toBe("paragraph");
  });

  it("does not take three sentences as a standfirst", () => {
    const doc = parsePlainTextArticle("Title\nOne. Two. Three.\nMore.");
    expect(getStandfirst(doc)).toBeNull();
  });

  it("takes a standfirst only right after the title", () => {
    const doc = parsePlainTextArticle("Title\nIntro\nShort line.\nMore.");
    expect(doc.blocks.map((b) => b.type)).toEqual(["title", "heading", "paragraph", "paragraph"]);
  });

  it.each([
    ["Background", true],
    ["Sports Diplomacy: Last Avenue for Engagement?", true],
    ["Subscribe for full access.", false],
    ["as the war went on", false], // starts in lower case: a wrapped line
    ["The war between the", false], // ends on a joining word
    ["Ends with a colon:", false],
    ["A quoted “line.”", false],
    ["One two three four five six seven eight nine ten eleven twelve", true],
    ["One two three four five six seven eight nine ten eleven twelve 13", false],
  ])("isHeadingLike(%j) is %s", (line, expected) => {
    expect(isHeadingLike(line)).toBe(expected);
  });

  it("never makes the last line a heading", () => {
    const doc = parsePlainTextArticle("Title\nBody text.\nLeave a Comment");
    expect(doc.blocks.at(-1)?.type).toBe("paragraph");
  });

  it("keeps a one-line article as a title", () => {
    expect(parsePlainTextArticle("Just a title").blocks).toEqual([{ type: "title", text: "Just a title" }]);
  });
});
