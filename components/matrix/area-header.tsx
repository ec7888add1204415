import { targetKey, type PriorityArea } from "@/lib/collab";
import { DEFAULT_WEIGHT } from "@/lib/domain/scoring";
import { formatWeight } from "@/lib/domain/scoring-text";
import { cellFocusProps, SELECTED_MARK, type GridCellBinding } from "./grid-cell-binding";
import { PeerTags, peerNote, peerRing } from "./peer-marks";
import { ThreadCount } from "./thread-count";

interface AreaHeaderProps {
  area: PriorityArea;
  weight: number;
  /** Threats in the register linked to this area; the details panel lists them. */
  linkedThreats: number;
  binding: GridCellBinding;
}

/** A priority area's row header: focusable, Enter or F2 edits it in the details panel. */
export function AreaHeader({ area, weight, linkedThreats, binding }: AreaHeaderProps) {
  const thread = { kind: "area", areaId: area.id } as const;
  return (
    <th
      role="rowheader"
      scope="row"
      {...cellFocusProps(binding)}
      data-thread-target={targetKey(thread)}
      title={[area.description, peerNote(binding.peersHere)].filter(Boolean).join("\n\n") || undefined}
      style={peerRing(binding.peersHere)}
      // Sticky so a narrow window scrolling the options sideways still shows the row.
      className={`relative cursor-default border-b border-line bg-surface px-3 py-1.5 align-top text-sm font-normal outline-offset-[-2px] max-md:col-span-full max-md:bg-canvas max-md:font-medium md:sticky md:left-0 md:z-10 ${SELECTED_MARK}`}
    >
      <span className="flex items-start gap-2 pr-4">
        <span className="min-w-0 flex-1 leading-snug">{area.name}</span>
        <ThreadCount target={thread} />
        {/* Only a weight that differs from the default is news worth a badge. */}
        {weight !== DEFAULT_WEIGHT && (
          <span className="shrink-0 rounded bg-accent-soft px-1 text-[11px] leading-5 font-medium text-accent tabular-nums">
            <span className="sr-only">, </span>weight {formatWeight(weight)}
          </span>
        )}
      </span>
      {linkedThreats > 0 && (
        <span className="mt-0.5 block text-[11px] leading-snug font-normal text-muted">
          <span className="sr-only">, </span>
          {linkedThreats} linked {linkedThreats === 1 ? "threat" : "threats"}
        </span>
      )}
      <PeerTags peers={binding.peersHere} />
    </th>
  );
}
