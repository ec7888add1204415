/** A pill like the header's other controls, so the button also sits in a region's heading row. */
export const EXPORT_BUTTON_CLASS =
  "inline-flex min-h-7 items-center rounded-full border border-line bg-surface px-2.5 text-xs font-medium hover:bg-canvas disabled:cursor-progress disabled:text-muted";
