"use client";

import { cellFocusProps, SELECTED_MARK, type GridCellBinding } from "./grid-cell-binding";
import { PeerTags, peerNote, peerRing } from "./peer-marks";

interface ResponseCellProps {
  text: string;
  editable: boolean;
  binding: GridCellBinding;
}

/** An option's likely Mexican response: text, edited in the details panel beside the grid. */
export function ResponseCell({ text, editable, binding }: ResponseCellProps) {
  const title = [text, peerNote(binding.peersHere)].filter(Boolean).join("\n\n");
  return (
    <td
      role="gridcell"
      {...cellFocusProps(binding)}
      aria-readonly={editable ? undefined : true}
      title={title || undefined}
      style={peerRing(binding.peersHere)}
      className={`relative border-b border-l border-line px-2 py-1.5 align-top text-xs leading-snug outline-offset-[-2px] max-md:first-of-type:border-l-0 md:px-2.5 ${SELECTED_MARK}`}
    >
      {text ? (
        <span className="line-clamp-3 pr-4">{text}</span>
      ) : (
        <span className="text-muted italic">Not described yet</span>
      )}
      <PeerTags peers={binding.peersHere} />
    </td>
  );
}
