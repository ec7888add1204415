import { Fragment } from "react";
import { citationParts } from "@/lib/domain/citations";

/**
 * A stored source as citations: publisher, title and date as text, the address as a separate
 * link. The one place sources are rendered on the page (`formatCitation` for plain text).
 */
export function Citation({ source }: { source: string }) {
  return (
    <>
      {citationParts(source).map((part, index) => (
        <Fragment key={index}>
          {index > 0 && "; "}
          {part.text}
          {part.href && (
            <>
              {" "}
              (
              <a href={part.href} className="text-accent underline" rel="noreferrer" target="_blank">
                {part.linkText ?? "link"}
                <span className="sr-only">: {part.text}</span>
              </a>
              )
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}
