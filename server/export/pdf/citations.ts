import { formatCitation } from "../../../lib/domain/citations";

/**
 * How a source reads in the brief: the page's citation (publisher or author, title, date) and,
 * on the sources page, its access link. Stored source keys never reach the paper as they are.
 */
export function citationOf(source: string): string {
  return formatCitation(source.trim()).text;
}

/** The full entry of the sources page: the citation, then where to read it. */
function fullCitation(source: string): string {
  const { text, href } = formatCitation(source.trim());
  return href ? `${text}. Available at ${href}` : text;
}

/** Numbers each distinct citation in the order it is first cited, for the sources page. */
export class SourceList {
  private readonly numbers = new Map<string, number>();

  cite(source: string): number {
    const text = fullCitation(source);
    let number = this.numbers.get(text);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(text, number);
    }
    return number;
  }

  /** "[1, 3]" for a line that cites several sources. */
  marks(sources: readonly string[]): string {
    const numbers = [...new Set(sources.map((source) => this.cite(source)))].sort((a, b) => a - b);
    return numbers.length === 0 ? "" : `[${numbers.join(", ")}]`;
  }

  entries(): { number: number; citation: string }[] {
    return [...this.numbers].map(([citation, number]) => ({ number, citation }));
  }
}
