/**
 * The editor's Tiptap extensions: only the nodes the article model has (see tiptap-document.ts).
 * No marks, links, code, rules or hard breaks: the model is plain text per block, so the editor
 * must not offer what a save would silently drop.
 */
import { mergeAttributes, Node } from "@tiptap/core";
import { StarterKit } from "@tiptap/starter-kit";
import { STANDFIRST_NODE } from "@/lib/articles/tiptap-document";

/** The standfirst: a paragraph that reads as the article's summary, <p class="standfirst">. */
export const Standfirst = Node.create({
  name: STANDFIRST_NODE,
  group: "block",
  content: "inline*",
  defining: true,
  // Above the paragraph's rule, so pasted <p class="standfirst"> stays a standfirst.
  parseHTML: () => [{ tag: "p.standfirst", priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => ["p", mergeAttributes(HTMLAttributes, { class: "standfirst" }), 0],
});

export const articleEditorExtensions = [
  StarterKit.configure({
    bold: false,
    italic: false,
    underline: false,
    strike: false,
    code: false,
    codeBlock: false,
    link: false,
    horizontalRule: false,
    hardBreak: false,
    // An empty paragraph after the last block would be dropped on save anyway.
    trailingNode: false,
    heading: { levels: [1, 2] },
  }),
  Standfirst,
];
