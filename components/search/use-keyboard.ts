"use client";

import { useEffect } from "react";

export interface KeyboardActions {
  /** Clears the search text (Esc in the search box). */
  onClear: () => void;
}

const HIT = "[data-hit]";
const SEARCH_BOX = 'input[name="q"]';

function editable(el: Element | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/** Moves focus to the hit `step` away from the focused one (from the search box: the first). */
export function moveFocus(step: 1 | -1): boolean {
  const hits = [...document.querySelectorAll<HTMLElement>(HIT)];
  if (!hits.length) return false;
  const current = hits.findIndex((h) => h.contains(document.activeElement));
  const next = current < 0 ? (step === 1 ? 0 : -1) : current + step;
  if (next < 0) {
    document.querySelector<HTMLInputElement>(SEARCH_BOX)?.focus();
    return true;
  }
  hits[Math.min(next, hits.length - 1)]!.focus();
  return true;
}

/**
 * The search page's keys: `/` focuses the search box; ↑/↓ move through the hits (↓ from the
 * box enters them, ↑ from the first goes back); Enter on a hit opens its article at the
 * sentence; Esc in the box clears it.
 */
export function useKeyboard({ onClear }: KeyboardActions) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const active = document.activeElement;
      const inBox = active instanceof HTMLElement && active.matches(SEARCH_BOX);
      if (e.key === "/" && !editable(active)) {
        e.preventDefault();
        document.querySelector<HTMLInputElement>(SEARCH_BOX)?.focus();
      } else if ((e.key === "ArrowDown" || e.key === "ArrowUp") && (inBox || active?.matches(HIT))) {
        if (moveFocus(e.key === "ArrowDown" ? 1 : -1)) e.preventDefault();
      } else if (e.key === "Enter" && active?.matches(HIT)) {
        e.preventDefault();
        active.querySelector<HTMLAnchorElement>("a[data-article-link]")?.click();
      } else if (e.key === "Escape" && inBox) {
        e.preventDefault();
        onClear();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClear]);
}
