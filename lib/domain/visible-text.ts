/**
 * Titles and names are shown to everyone in a workspace, so they may hold only what a reader
 * sees. Control characters (C0 and C1), zero-width characters, bidirectional overrides and
 * isolates (which can make a name read differently from what it is), the byte-order mark and
 * the soft hyphen are invisible or misleading; they are removed, not refused, because they
 * mostly arrive by pasting. Tab, line breaks and other whitespace become one space.
 */

/** Invisible characters that are removed. Whitespace controls (tab, line breaks) are not here: they become spaces. */
const INVISIBLE =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Every character a one-line title or name may not contain: the invisible ones plus all C0/C1 controls. */
const CONTROL_OR_INVISIBLE =
  /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Letters, digits, punctuation and symbols: what leaves a mark on screen. */
const MARK = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** Characters of those classes that still draw nothing (Hangul fillers, the blank Braille pattern). */
const BLANK_LOOKALIKES = new Set(["\u115F", "\u1160", "\u3164", "\uFFA0", "\u2800"]);

/** The text as a reader sees it: invisible characters removed, whitespace runs as one space, trimmed. */
export function cleanVisibleText(text: string): string {
  return text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Whether the text has at least one character that draws something. */
export function hasVisibleCharacter(text: string): boolean {
  for (const character of text) {
    if (MARK.test(character) && !BLANK_LOOKALIKES.has(character)) return true;
  }
  return false;
}

/** Whether the text holds a control, zero-width, bidirectional-control or other invisible character. */
export function hasControlOrInvisible(text: string): boolean {
  return CONTROL_OR_INVISIBLE.test(text);
}
