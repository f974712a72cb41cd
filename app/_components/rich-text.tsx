import "./rich-text.css";
// Renders rich text as React elements — p, ul/ol/li, blockquote, strong, em, a, br — and never as
// HTML: text is always a React text child. Stored docs were validated when written, but this does
// not rely on it: an unknown node shows only its text, an unknown mark is ignored, and a link is
// followed only if its address passes the same check the server makes.
import { Fragment, type ReactNode } from "react";
import { isAllowedHref } from "@/lib/rich-text/href";
import { fromPlainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/rich-text/schema";

interface Props {
  doc: RichTextDoc | null;
  /** For rows saved before rich text: the plain text, shown as paragraphs and line breaks. */
  text?: string | null;
  className?: string;
}

interface AnyNode {
  type?: unknown;
  text?: unknown;
  marks?: unknown;
  content?: unknown;
  attrs?: unknown;
}

export function RichText({ doc, text, className }: Props) {
  const source = doc ?? (text ? fromPlainText(text) : null);
  if (!source) return null;
  return <div className={className ? `rich-text ${className}` : "rich-text"}>{renderChildren(source)}</div>;
}

const childrenOf = (node: AnyNode): AnyNode[] =>
  Array.isArray(node.content) ? node.content.filter((child) => typeof child === "object" && child !== null) : [];

const renderChildren = (node: AnyNode): ReactNode[] => childrenOf(node).map(renderNode);

function renderNode(node: AnyNode, key: number): ReactNode {
  switch (node.type) {
    case "paragraph":
      return <p key={key}>{renderChildren(node)}</p>;
    case "bulletList":
      return <ul key={key}>{renderChildren(node)}</ul>;
    case "orderedList":
      return <ol key={key}>{renderChildren(node)}</ol>;
    case "listItem":
      return <li key={key}>{renderChildren(node)}</li>;
    case "blockquote":
      return <blockquote key={key}>{renderChildren(node)}</blockquote>;
    case "hardBreak":
      return <br key={key} />;
    case "text":
      return typeof node.text === "string" ? renderText(node.text, node.marks, key) : null;
    default:
      return <span key={key}>{textOf(node)}</span>;
  }
}

function renderText(text: string, marks: unknown, key: number): ReactNode {
  let out: ReactNode = text;
  const list = Array.isArray(marks) ? (marks as AnyNode[]) : [];
  const has = (type: string) => list.some((mark) => mark?.type === type);
  if (has("italic")) out = <em>{out}</em>;
  if (has("bold")) out = <strong>{out}</strong>;
  const href = (list.find((mark) => mark?.type === "link")?.attrs as { href?: unknown } | undefined)?.href;
  if (typeof href === "string" && isAllowedHref(href)) {
    out = (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
        {out}
      </a>
    );
  }
  return <Fragment key={key}>{out}</Fragment>;
}

function textOf(node: AnyNode): string {
  if (typeof node.text === "string") return node.text;
  return childrenOf(node).map(textOf).join("");
}
