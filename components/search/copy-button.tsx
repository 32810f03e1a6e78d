"use client";

import { useEffect, useState } from "react";

export interface CopyButtonProps {
  /** What to copy; a path is made absolute on the page's origin. */
  text: string;
  label: string;
  className?: string;
}

/** Copies a link to the clipboard and says so (announced to screen readers). */
export function CopyButton({ text, label, className = "" }: CopyButtonProps) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(text, window.location.href).href);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <button type="button" onClick={copy} aria-label={label} className={`hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 ${className}`}>
      <span aria-hidden="true">{status === "copied" ? "Copied ✓" : status === "failed" ? "Copy failed" : "Copy link"}</span>
      <span role="status" className="sr-only">
        {status === "copied" ? "Link copied" : status === "failed" ? "Could not copy the link" : ""}
      </span>
    </button>
  );
}
