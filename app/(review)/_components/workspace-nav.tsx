"use client";
import "./workspace-nav.css";
// The top bar's workspace switcher and section links. The layout above every review page cannot
// see the [workspaceSlug] segment, so the current workspace is read from the URL here.
import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { WorkspaceSummaryDto } from "@/lib/workspaces/dto";
import { HeaderSearch } from "./header-search";

export function WorkspaceNav({ workspaces }: { workspaces: WorkspaceSummaryDto[] }) {
  const { workspaceSlug } = useParams<{ workspaceSlug?: string }>();
  const pathname = usePathname();
  const current = workspaces.find((workspace) => workspace.slug === workspaceSlug);
  return (
    <div className="workspace-nav">
      <WorkspaceSwitcher workspaces={workspaces} current={current} />
      {current && (
        <nav className="section-nav" aria-label="Sections">
          <SectionLink href={`/w/${current.slug}`} active={!/\/(members|tokens|search)$/.test(pathname)}>
            Articles
          </SectionLink>
          <SectionLink href={`/w/${current.slug}/members`} active={pathname.endsWith("/members")}>
            Members
          </SectionLink>
          <SectionLink href={`/w/${current.slug}/tokens`} active={pathname.endsWith("/tokens")}>
            API tokens
          </SectionLink>
        </nav>
      )}
      {current && <HeaderSearch workspaceSlug={current.slug} />}
    </div>
  );
}

function SectionLink({ href, active, children }: { href: string; active: boolean; children: string }) {
  return (
    <Link href={href} className="section-link" aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}

function WorkspaceSwitcher({
  workspaces,
  current,
}: {
  workspaces: WorkspaceSummaryDto[];
  current: WorkspaceSummaryDto | undefined;
}) {
  // The menu belongs to the page it was opened on: following one of its links closes it.
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !root.current?.contains(event.target as Node))
        setOpenOn(null);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  return (
    <div className="switcher" ref={root}>
      <button
        type="button"
        className="switcher-button"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span className="switcher-name">{current?.name ?? "Choose a workspace"}</span>
        {current && (
          <span className="role-badge" data-role={current.role}>
            {current.role}
          </span>
        )}
        <span aria-hidden="true" className="switcher-caret">
          ▾
        </span>
      </button>
      {open && (
        <div className="switcher-menu">
          <p className="switcher-heading">Your workspaces</p>
          <ul>
            {workspaces.map((workspace) => (
              <li key={workspace.slug}>
                <Link
                  href={`/w/${workspace.slug}`}
                  className="switcher-item"
                  aria-current={workspace.slug === current?.slug ? "page" : undefined}
                >
                  <span>{workspace.name}</span>
                  <span className="role-badge" data-role={workspace.role}>
                    {workspace.role}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <Link href="/workspaces/new" className="switcher-item switcher-new">
            + New workspace
          </Link>
        </div>
      )}
    </div>
  );
}
