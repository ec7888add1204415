/**
 * How a source reads in the brief. Citations are stored as the analyst or the data set wrote
 * them; every one the brief prints goes through here, so a formatter can change them all at once.
 */
export function citationOf(source: string): string {
  return source.trim();
}

/** Numbers each distinct citation in the order it is first cited, for the sources page. */
export class SourceList {
  private readonly numbers = new Map<string, number>();

  cite(source: string): number {
    const text = citationOf(source);
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
