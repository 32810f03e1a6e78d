/** The keyboard focus ring every control shares (shown for keyboard focus only, not clicks). */
export const FOCUS_RING = "focus-visible:outline-2 focus-visible:outline-indigo-500";
