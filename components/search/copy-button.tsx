"use client";

import { useEffect, useState } from "react";
import { FOCUS_RING } from "@/components/ui/focus-ring";

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
    <button type="button" onClick={copy} aria-label={label} className={`hover:underline ${className} ${FOCUS_RING}`}>
      <span aria-hidden="true">{status === "copied" ? "Copied ✓" : status === "failed" ? "Copy failed" : "Copy link"}</span>
      <span role="status" className="sr-only">
        {status === "copied" ? "Link copied" : status === "failed" ? "Could not copy the link" : ""}
      </span>
    </button>
  );
}
