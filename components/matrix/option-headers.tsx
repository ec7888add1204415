import { targetKey, type MatrixOption } from "@/lib/collab";
import { cellFocusProps, SELECTED_MARK, type GridCellBinding } from "./grid-cell-binding";
import { PeerTags, peerNote, peerRing } from "./peer-marks";
import { ThreadCount } from "./thread-count";

interface OptionHeadersProps {
  options: readonly MatrixOption[];
  bindingOf: (option: MatrixOption) => GridCellBinding;
}

/**
 * The grid's header row: one focusable header per option (Enter or F2 edits it in the details
 * panel). Below `md` every row is laid out as a block (see MatrixGrid), so the "Priority area"
 * header is only announced, and the option headers share the width.
 */
export function OptionHeaders({ options, bindingOf }: OptionHeadersProps) {
  return (
    <thead role="rowgroup" className="max-md:block">
      <tr role="row" className="max-md:grid max-md:grid-cols-(--matrix-columns)">
        <th
          role="columnheader"
          scope="col"
          className="border-b border-line bg-surface px-3 py-2 text-xs font-medium text-muted max-md:sr-only md:sticky md:left-0 md:z-10"
        >
          Priority area
        </th>
        {options.map((option, index) => {
          const binding = bindingOf(option);
          const thread = { kind: "option", optionId: option.id } as const;
          return (
            <th
              key={option.id}
              role="columnheader"
              scope="col"
              {...cellFocusProps(binding)}
              data-thread-target={targetKey(thread)}
              title={[option.description, peerNote(binding.peersHere)].filter(Boolean).join("\n\n") || undefined}
              style={peerRing(binding.peersHere)}
              className={`relative cursor-default border-b border-line px-2 py-2 align-top outline-offset-[-2px] md:border-l md:px-2.5 ${index > 0 ? "border-l" : ""} ${SELECTED_MARK}`}
            >
              <span className="flex items-start gap-1 pr-4">
                <span className="min-w-0 flex-1 text-[13px] leading-tight font-semibold sm:text-sm sm:leading-snug">
                  {option.name}
                </span>
                <ThreadCount target={thread} />
              </span>
              {/* On a phone the descriptions would triple the header's height: OptionNotes lists them. */}
              <span className="mt-0.5 line-clamp-2 block text-xs font-normal text-muted max-sm:hidden">
                {option.description}
              </span>
              <PeerTags peers={binding.peersHere} />
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
