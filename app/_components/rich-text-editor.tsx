"use client";
import "./rich-text.css";
// A small rich-text editor for what people write at length (a rationale, an evidence note, a
// comment): Tiptap cut down to exactly what lib/rich-text stores — paragraphs, lists, quotes,
// bold, italic, links. It reports its doc as RichTextDoc (fromEditorJson drops Tiptap's default
// attributes). The reader's single-key shortcuts ignore it: its element is contenteditable.
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import { useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { fromEditorJson } from "@/lib/rich-text/editor-json";
import { isAllowedHref } from "@/lib/rich-text/href";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { LinkForm } from "./rich-text-link-form";

export interface RichTextEditorHandle {
  focus: () => void;
  /** Replaces the content (null empties it), e.g. after posting or discarding. */
  setDoc: (doc: RichTextDoc | null) => void;
}

interface Props {
  /** The accessible name, shown above the editor unless hideLabel. */
  label: string;
  hideLabel?: boolean;
  initial: RichTextDoc | null;
  onChange: (doc: RichTextDoc) => void;
  placeholder?: string;
  /** Ctrl/Cmd+Enter. */
  onSubmit?: () => void;
  disabled?: boolean;
  required?: boolean;
  invalid?: boolean;
  ref?: Ref<RichTextEditorHandle>;
}

const extensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    listKeymap: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      // The same rule as the server's (http:, https:, mailto:), for typed, pasted and autolinked URLs.
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow ugc", target: "_blank" },
    },
  }),
];

export function RichTextEditor(props: Props) {
  const { label, hideLabel, initial, onChange, placeholder, onSubmit, disabled, required, invalid, ref } = props;
  const labelId = useId();
  const [isLinkFormOpen, setLinkFormOpen] = useState(false);
  // Asked to focus before Tiptap has built the editor (a verdict preset from the URL): do it once built.
  const isFocusPending = useRef(false);

  const editor = useEditor({
    extensions,
    content: initial ?? "",
    // The server renders no editor: Tiptap builds it in the browser, after hydration.
    immediatelyRender: false,
    editable: !disabled,
    editorProps: {
      attributes: {
        class: "rich-text rich-text-input",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(required ? { "aria-required": "true" } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        ...(placeholder ? { "aria-placeholder": placeholder } : {}),
      },
      // The view's own keydown runs before StarterKit's keymap, which gives Mod-Enter to a line break.
      handleKeyDown: (_view, event) => {
        const isMod = event.ctrlKey || event.metaKey;
        if (isMod && event.key === "Enter" && onSubmit) {
          event.preventDefault();
          onSubmit();
          return true;
        }
        if (isMod && event.key.toLowerCase() === "k") {
          event.preventDefault();
          setLinkFormOpen(true);
          return true;
        }
        return false;
      },
    },
    onCreate: ({ editor }) => {
      if (isFocusPending.current) editor.commands.focus("end");
      isFocusPending.current = false;
    },
    onUpdate: ({ editor }) => onChange(fromEditorJson(editor.getJSON())),
  });

  useEffect(() => {
    editor?.setEditable(!disabled);
  }, [editor, disabled]);

  useImperativeHandle(
    ref,
    () => ({
      focus: () => {
        if (editor) editor.commands.focus("end");
        else isFocusPending.current = true;
      },
      setDoc: (doc) => editor?.commands.setContent(doc ?? "", { emitUpdate: false }),
    }),
    [editor],
  );

  const flags: EditorFlags | null = useEditorState({
    editor,
    selector: ({ editor }): EditorFlags => ({
      isEmpty: editor?.isEmpty ?? !initial,
      bold: editor?.isActive("bold") ?? false,
      italic: editor?.isActive("italic") ?? false,
      link: editor?.isActive("link") ?? false,
      bulletList: editor?.isActive("bulletList") ?? false,
      orderedList: editor?.isActive("orderedList") ?? false,
      blockquote: editor?.isActive("blockquote") ?? false,
    }),
  });

  return (
    <div className="rich-text-editor" data-disabled={disabled || undefined} data-invalid={invalid || undefined}>
      <span id={labelId} className={hideLabel ? "visually-hidden" : "rich-text-label"}>
        {label}
      </span>
      <div className="rich-text-frame">
        <Toolbar editor={editor} flags={flags} disabled={disabled} onLink={() => setLinkFormOpen(true)} />
        {isLinkFormOpen && editor && (
          <LinkForm
            initial={editor.getAttributes("link").href as string | undefined}
            onApply={(href) => applyLink(editor, href)}
            onRemove={() => editor.chain().focus().extendMarkRange("link").unsetLink().run()}
            onClose={() => {
              setLinkFormOpen(false);
              editor.commands.focus();
            }}
          />
        )}
        <div className="rich-text-body">
          {placeholder && flags?.isEmpty && (
            <span className="rich-text-placeholder" aria-hidden="true">
              {placeholder}
            </span>
          )}
          <EditorContent editor={editor} />
        </div>
      </div>
    </div>
  );
}

/** Links the selection, or inserts the address as its own linked text when nothing is selected. */
function applyLink(editor: Editor, href: string) {
  const chain = editor.chain().focus();
  if (editor.state.selection.empty && !editor.isActive("link")) {
    chain.insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
  } else {
    chain.extendMarkRange("link").setLink({ href }).run();
  }
}

const TOOLS = [
  {
    key: "bold",
    label: "Bold",
    shortcut: "Ctrl+B",
    icon: <strong>B</strong>,
    run: (e: Editor) => e.chain().focus().toggleBold().run(),
  },
  {
    key: "italic",
    label: "Italic",
    shortcut: "Ctrl+I",
    icon: <em>I</em>,
    run: (e: Editor) => e.chain().focus().toggleItalic().run(),
  },
  { key: "link", label: "Link", shortcut: "Ctrl+K", icon: <LinkIcon />, run: null },
  {
    key: "bulletList",
    label: "Bulleted list",
    icon: "•≡",
    run: (e: Editor) => e.chain().focus().toggleBulletList().run(),
  },
  {
    key: "orderedList",
    label: "Numbered list",
    icon: "1≡",
    run: (e: Editor) => e.chain().focus().toggleOrderedList().run(),
  },
  { key: "blockquote", label: "Quote", icon: "❝", run: (e: Editor) => e.chain().focus().toggleBlockquote().run() },
] as const;

type EditorFlags = Record<"isEmpty" | (typeof TOOLS)[number]["key"], boolean>;

/** One tab stop; arrow keys, Home and End move between the buttons (the ARIA toolbar pattern). */
function Toolbar(props: { editor: Editor | null; flags: EditorFlags | null; disabled?: boolean; onLink: () => void }) {
  const { editor, flags, disabled, onLink } = props;
  const [active, setActive] = useState(0);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowLeft: active - 1,
      Home: 0,
      End: TOOLS.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + TOOLS.length) % TOOLS.length;
    setActive(index);
    event.currentTarget.querySelectorAll("button")[index]?.focus();
  }
  return (
    <div className="rich-text-toolbar" role="toolbar" aria-label="Formatting" onKeyDown={onKeyDown}>
      {TOOLS.map((tool, index) => (
        <button
          key={tool.key}
          type="button"
          className="rich-text-tool"
          data-tool={tool.key}
          aria-label={tool.label}
          title={"shortcut" in tool ? `${tool.label} (${tool.shortcut})` : tool.label}
          aria-pressed={Boolean(flags?.[tool.key])}
          tabIndex={index === active ? 0 : -1}
          disabled={!editor || disabled}
          // Keep the editor's selection: a click would otherwise move focus before the command runs.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setActive(index)}
          onClick={() => (tool.run && editor ? tool.run(editor) : onLink())}
        >
          <span aria-hidden="true">{tool.icon}</span>
        </button>
      ))}
    </div>
  );
}

function LinkIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2L7.6 4.1" strokeLinecap="round" />
      <path d="M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8A3 3 0 0 0 7.2 13l1.1-1.1" strokeLinecap="round" />
    </svg>
  );
}
