import type { KeyboardEvent, Ref } from "react";
import type { Peer } from "@/lib/collab";

/** What every focusable element of the matrix grid gets from the grid: roving focus, selection, presence. */
export interface GridCellBinding {
  tabbable: boolean;
  selected: boolean;
  peersHere: readonly Peer[];
  cellRef: Ref<HTMLTableCellElement>;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableCellElement>) => void;
}

/** Focus on the cell itself, not on a control inside it (the rating choices). */
export function cellFocusProps(binding: GridCellBinding) {
  return {
    ref: binding.cellRef,
    tabIndex: binding.tabbable ? 0 : -1,
    "aria-selected": binding.selected,
    onFocus: (event: { target: EventTarget; currentTarget: EventTarget }) => {
      if (event.target === event.currentTarget) binding.onFocus();
    },
    onKeyDown: binding.onKeyDown,
  };
}

/** The selected element keeps a bar along its bottom edge while focus is in the details panel. */
export const SELECTED_MARK =
  "aria-selected:after:pointer-events-none aria-selected:after:absolute aria-selected:after:inset-x-0 aria-selected:after:bottom-0 aria-selected:after:h-[3px] aria-selected:after:bg-accent";
