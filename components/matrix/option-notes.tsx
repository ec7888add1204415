import type { MatrixOption } from "@/lib/collab";

/** What each option means, for phones: there the headers drop their descriptions and a tap shows no tooltip. */
export function OptionNotes({ options }: { options: readonly MatrixOption[] }) {
  return (
    <details className="border-t border-line px-4 py-2 text-xs sm:hidden">
      <summary className="cursor-pointer text-accent select-none">What the options mean</summary>
      <dl className="mt-1.5 space-y-2">
        {options.map((option) => (
          <div key={option.id}>
            <dt className="font-semibold">{option.name}</dt>
            <dd className="text-muted">{option.description}</dd>
            <dd className="mt-0.5 text-muted">
              <span className="font-medium text-ink">Likely Mexican response:</span> {option.mexicanResponse}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
