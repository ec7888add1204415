import { describe, expect, it } from "vitest";
import { BRIEF_THREATS } from "./brief-2009";
import { builtInSeries } from "./built-in-charts";
import { citationParts, formatCitation, isDataSetSourceKey } from "./citations";
import { headlineFigures } from "./headline-figures";

/** A repository reference, a path inside a repository, or a commit hash: never on screen. */
const REPOSITORY_TRACE = /github:|@[0-9a-f]{7}|\b[0-9a-f]{40}\b|\b[\w.-]+\/[\w.-]+\.(csv|bz2|md|txt|pdf)\b/i;

function everyStoredSource(): string[] {
  const series = builtInSeries();
  return [
    ...series.map((item) => item.source),
    ...series.flatMap((item) => item.points.flatMap((point) => (point.source ? [point.source] : []))),
    ...BRIEF_THREATS.flatMap((threat) => threat.sources),
    ...headlineFigures().flatMap((figure) => figure.sources),
  ];
}

describe("citations", () => {
  it("cite a repository's data file by author, repository and file, with the commit only in the link", () => {
    const source =
      "github:diegovalle/Homicide-MX-Drug-War CIEISP/data/BD02.TXT.bz2 @910ff55ca958f97f4fcb179492d5736903d0f748 (national 'Totgeneral' row; codebook CIEISP/data/LC.pdf)";
    expect(citationParts(source)).toEqual([
      {
        text: "Diego Valle-Jones, Homicide-MX-Drug-War (data repository), file BD02.TXT.bz2: SNSP CIEISP police-reported crime totals, 2002",
        href: "https://github.com/diegovalle/Homicide-MX-Drug-War/blob/910ff55ca958f97f4fcb179492d5736903d0f748/CIEISP/data/BD02.TXT.bz2",
        linkText: "link",
      },
    ]);
  });

  it("read a repost as the original publication, with the repost as the access link", () => {
    const cited = citationParts(
      "https://www.alipac.us/f12/murders-kidnappings-hit-record-levels-mexico-78262/?mode=hybrid (repost of McClatchy, 23 Sep 2007, citing CESOP/Chamber of Deputies)",
    );
    expect(cited).toHaveLength(1);
    expect(cited[0]?.text).toMatch(
      /^McClatchy Newspapers, .*23 Sep 2007, citing a CESOP report of the Chamber of Deputies$/,
    );
    expect(cited[0]?.linkText).toBe("accessed via a repost");
  });

  it("keep the words that say which figure a citation supports", () => {
    const cited = citationParts(
      "github:diegovalle/new.crimenmexico R/data/table-inegi-sesnsp.csv @4e8a700cd8393ba328d87043c3e34929a3d7ccd7 (column 'Homicidios INEGI'); rate: INEGI official quoted at https://misionpolitica.com/?p=25720 (rounded, 1990 = 17 per 100k)",
    );
    expect(cited.map((part) => part.text)).toEqual([
      "Diego Valle-Jones, new.crimenmexico (data repository), file table-inegi-sesnsp.csv: INEGI homicides and SESNSP police-reported homicides by year, column “Homicidios INEGI”",
      "rate: INEGI official quoted at Misión Política, INEGI homicide rates since 1990 as quoted",
    ]);
    expect(formatCitation("Ministry of the Interior, annual report 2009")).toEqual({
      text: "Ministry of the Interior, annual report 2009",
    });
  });

  it("leave an unknown address as written, with what its note says", () => {
    expect(citationParts("https://example.org/report (Reuters, 2 May 2009)")).toEqual([
      { text: "https://example.org/report, Reuters, 2 May 2009", href: "https://example.org/report", linkText: "link" },
    ]);
  });

  it("give every built-in source a title and never a repository path or commit hash", () => {
    const sources = everyStoredSource();
    expect(sources.length).toBeGreaterThan(100);
    for (const source of sources) {
      const parts = citationParts(source);
      expect(parts.length, source).toBeGreaterThan(0);
      for (const part of parts) {
        expect(part.text, source).not.toMatch(REPOSITORY_TRACE);
        // A built-in address always has a title: the text never falls back to the address.
        expect(part.text, source).not.toMatch(/https?:\/\//);
      }
    }
  });
});

describe("isDataSetSourceKey", () => {
  it("tells a data set's repository key from words and addresses a person typed", () => {
    expect(
      isDataSetSourceKey(
        "github:diegovalle/Homicide-MX-Drug-War guns-executions/data/firearm-executions.csv @62c3afe00c54b4bce88c178320c4496434b8168f",
      ),
    ).toBe(true);
    expect(isDataSetSourceKey("https://www.rand.org/news/press/2009/04/28.html")).toBe(false);
    expect(isDataSetSourceKey("Our field notes, June 2009")).toBe(false);
    expect(isDataSetSourceKey("github: a note about a repository")).toBe(false);
  });
});
