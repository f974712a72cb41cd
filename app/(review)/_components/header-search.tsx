"use client";
import "./search.css";
// The search box in the top bar of every workspace page. "/" focuses it from anywhere but a
// field (the reading view's keys are letters, digits, "?" and Esc, so nothing else wants "/").
import Form from "next/form";
import { useEffect, useRef } from "react";

// lib/search/schema.ts MAX_QUERY_LENGTH; not imported, as that module would bring zod into every page.
const MAX_QUERY_LENGTH = 200;

export function HeaderSearch({ workspaceSlug }: { workspaceSlug: string }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable=true]")) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <Form action={`/w/${workspaceSlug}/search`} className="header-search" role="search" aria-label="Workspace">
      <input
        ref={input}
        type="search"
        name="q"
        placeholder="Search"
        aria-label="Search this workspace"
        aria-keyshortcuts="/"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        onKeyDown={(event) => {
          if (event.key === "Escape") event.currentTarget.blur();
        }}
      />
      <kbd aria-hidden="true">/</kbd>
    </Form>
  );
}
