/** A small text-only action inside a comment or thread: Edit, Delete, Rename. At least 24px tall to hit. */
export const TEXT_BUTTON =
  "inline-flex min-h-6 items-center rounded px-1.5 text-xs font-medium text-accent hover:bg-accent-soft hover:underline";
export const DANGER_TEXT_BUTTON =
  "inline-flex min-h-6 items-center rounded px-1.5 text-xs font-medium text-danger hover:bg-danger-soft hover:underline";
