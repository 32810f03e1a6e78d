"use client";

export interface PaginationProps {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  onPage: (page: number) => void;
}

/** Page links (real links, so they work without JavaScript), intercepted for instant paging. */
export function Pagination({ page, totalPages, hrefFor, onPage }: PaginationProps) {
  if (totalPages <= 1) return null;
  const pages = window_(page, totalPages);
  const link = (p: number, label: string, extra: Record<string, string> = {}) => (
    <a
      key={label}
      href={hrefFor(p)}
      onClick={(e) => {
        e.preventDefault();
        onPage(p);
      }}
      {...extra}
      // The current page keeps its colours under the pointer: white on a light hover was 1.1:1.
      className={`rounded px-3 py-1 text-sm ring-1 ${p === page ? "bg-indigo-600 text-white ring-indigo-600" : "ring-slate-300 hover:bg-slate-100 dark:ring-slate-600 dark:hover:bg-slate-800"}`}
    >
      {label}
    </a>
  );
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center gap-1">
      {page > 1 && link(page - 1, "Previous", { rel: "prev" })}
      {pages.map((p) => link(p, String(p), p === page ? { "aria-current": "page" } : {}))}
      {page < totalPages && link(page + 1, "Next", { rel: "next" })}
    </nav>
  );
}

/** Up to 7 page numbers around the current one. */
function window_(page: number, total: number): number[] {
  const start = Math.max(1, Math.min(page - 3, total - 6));
  return Array.from({ length: Math.min(7, total) }, (_, i) => start + i);
}
