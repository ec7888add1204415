function isLink(source: string): boolean {
  return /^https?:\/\//.test(source);
}

/** Sources are URLs or citations ("github:owner/repo path @commit"); only URLs become links. */
function splitSource(source: string): { href?: string; text: string } {
  const [href = source, ...rest] = source.split(" ");
  if (!isLink(href) || !URL.canParse(href)) return { text: source };
  const host = new URL(href).hostname.replace(/^www\./, "");
  return { href, text: rest.length > 0 ? `${host} ${rest.join(" ")}` : host };
}

export function SourceList({ threatName, sources }: { threatName: string; sources: string[] }) {
  if (sources.length === 0) return <span className="text-muted">None</span>;
  return (
    <details className="group max-w-64">
      <summary className="cursor-pointer whitespace-nowrap text-accent select-none">
        {sources.length} source{sources.length === 1 ? "" : "s"}
        <span className="sr-only"> for {threatName}</span>
      </summary>
      <ul className="mt-1 space-y-1 break-words">
        {sources.map((source) => {
          const { href, text } = splitSource(source);
          return (
            <li key={source}>
              {href ? (
                <a href={href} target="_blank" rel="noreferrer" className="text-accent underline underline-offset-2">
                  {text}
                </a>
              ) : (
                <span className="text-muted">{text}</span>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
