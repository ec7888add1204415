import { REPOSITORY_AUTHORS, REPOSITORY_FILE_TITLES, SOURCE_TITLES } from "./data/source-titles";

/**
 * Sources are stored as machine-readable keys: an address with a note in brackets, or a data
 * file of a repository at a commit ("github:owner/repo path @commit"). On screen they read as
 * citations (publisher or author, title, date) with the address as a separate link; no
 * repository path or commit hash is ever shown. Every place that shows a source (tooltips,
 * tables, source lists, CSV, exports) renders it through this module.
 */
export interface Citation {
  text: string;
  /** Where to read it; absent for a source given as plain words. */
  href?: string;
  /** The words of the link: "link", or "accessed via a repost" when the address is not the publisher's. */
  linkText?: string;
}

const TOKEN = /github:[\w.-]+\/[\w.-]+ \S+ @[0-9a-f]{7,40}|https?:\/\/[^\s;]+/g;
const HAS_TOKEN = /github:|https?:\/\//;
const GITHUB = /^github:([\w.-]+)\/([\w.-]+) (\S+) @([0-9a-f]{7,40})$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

interface TokenCitation extends Citation {
  /** Whether the citation already says what the note in brackets after the address says. */
  known: boolean;
}

function fileTitle(path: string): string | undefined {
  const cieisp = /^CIEISP\/data\/BD(\d\d)\./.exec(path);
  if (cieisp) return `SNSP CIEISP police-reported crime totals, 20${cieisp[1]}`;
  return REPOSITORY_FILE_TITLES[path];
}

function repositoryCitation(token: string): TokenCitation | undefined {
  const match = GITHUB.exec(token);
  if (!match) return undefined;
  const [, owner = "", repo = "", path = "", commit = ""] = match;
  const author = REPOSITORY_AUTHORS[owner] ?? owner;
  const href = `https://github.com/${owner}/${repo}/blob/${commit}/${path}`;
  const post = /^_posts\/(\d{4})\/(\d\d)\/(\d\d)\//.exec(path);
  if (post) {
    const [, year, month, day] = post;
    const date = `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
    return { text: `${author}, ${repo} (site archive), post of ${date}`, href, linkText: "link", known: true };
  }
  const name = path.split("/").pop() ?? path;
  const title = fileTitle(path);
  const text = `${author}, ${repo} (data repository), file ${name}${title ? `: ${title}` : ""}`;
  return { text, href, linkText: "link", known: true };
}

function addressCitation(url: string): TokenCitation {
  const title = SOURCE_TITLES[url];
  if (title) return { text: title.text, href: url, linkText: title.via ?? "link", known: true };
  return { text: url, href: url, linkText: "link", known: false };
}

/** Words between citations, without brackets, repository paths or commit hashes. */
function prose(text: string): string {
  return text
    .replace(/[()]/g, " ")
    .split(/\s+/)
    .filter((word) => !/\w\/\w/.test(word) && !/^@?[0-9a-f]{7,40}$/.test(word))
    .join(" ")
    .replace(/\s+([;,.])/g, "$1")
    .replace(/^[\s;,.]+|[\s;,]+$/g, "");
}

/** "column 'Homicidios INEGI'" from a repository note; other notes repeat the citation. */
function knownDetail(note: string): string {
  const column = /column '([^']+)'/.exec(note);
  return column ? `column “${column[1]}”` : "";
}

/** Whether a stored source is a key of the built-in data set (a repository file at a commit), not words a person typed. */
export function isDataSetSourceKey(source: string): boolean {
  return GITHUB.test(source.trim());
}

/** A stored source as one or more citations, in the order the source names them. */
export function citationParts(source: string): Citation[] {
  if (!HAS_TOKEN.test(source)) return source ? [{ text: source }] : [];
  const parts: Citation[] = [];
  let rest = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index < rest) continue;
    const token = match[0].replace(/[),.]+$/, "");
    const cited = repositoryCitation(token) ?? addressCitation(token);
    let end = match.index + token.length;
    const bracket = /^\s*\(([^()]*)\)/.exec(source.slice(end));
    let detail = "";
    if (bracket?.[1] !== undefined && !HAS_TOKEN.test(bracket[1])) {
      detail = cited.known ? knownDetail(bracket[1]) : prose(bracket[1]);
      end += bracket[0].length;
    }
    const prefix = prose(source.slice(rest, match.index));
    const text = [prefix, cited.text].filter(Boolean).join(" ") + (detail ? `, ${detail}` : "");
    parts.push({ text, href: cited.href, linkText: cited.linkText });
    rest = end;
  }
  const tail = prose(source.slice(rest));
  const last = parts.at(-1);
  if (tail && last) last.text += ` (${tail})`;
  return parts;
}

/** A source as one line of text and its first link: for tooltips, CSV cells and exports. */
export function formatCitation(source: string): Citation {
  const parts = citationParts(source);
  const href = parts.find((part) => part.href)?.href;
  return { text: parts.map((part) => part.text).join("; "), ...(href ? { href } : {}) };
}
