import type { MatrixOption } from "@/lib/collab";

/**
 * The grid's header row. Below `md` every row is laid out as a block (see OptionMatrix), so the
 * "Priority area" header is only announced, and the three option headers share the width.
 */
export function OptionHeaders({ options }: { options: readonly MatrixOption[] }) {
  return (
    <thead role="rowgroup" className="max-md:block">
      <tr role="row" className="max-md:grid max-md:grid-cols-3">
        <th
          role="columnheader"
          scope="col"
          className="border-b border-line bg-surface px-3 py-2 text-xs font-medium text-muted max-md:sr-only md:sticky md:left-0 md:z-10"
        >
          Priority area
        </th>
        {options.map((option, index) => (
          <th
            key={option.id}
            role="columnheader"
            scope="col"
            title={`Likely Mexican response: ${option.mexicanResponse}`}
            className={`border-b border-line px-2 py-2 align-top md:border-l md:px-2.5 ${index > 0 ? "border-l" : ""}`}
          >
            <span className="block text-[13px] leading-tight font-semibold sm:text-sm sm:leading-normal">
              {option.name}
            </span>
            {/* On a phone the descriptions would triple the header's height: OptionNotes lists them. */}
            <span className="block text-xs font-normal text-muted max-sm:hidden">{option.description}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}
