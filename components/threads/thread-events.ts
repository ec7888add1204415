import { targetKey, type ThreadTarget } from "@/lib/collab";

/**
 * Window events that connect thread UI across the dashboard without prop drilling:
 *
 * - `mesa:reveal` `{ key }`: "make the element for this target key visible". Panels that can
 *   hide a target (the register's filters, a collapsed section) listen and show it again.
 * - `mesa:open-thread` `{ target, threadId?, opener? }`: open the one thread dialog for
 *   `target` (the dashboard mounts a single ThreadDialogHost that listens). `threadId` scrolls
 *   to one thread; `opener` gets focus back when the dialog closes.
 */
export const REVEAL_EVENT = "mesa:reveal";
export const OPEN_THREAD_EVENT = "mesa:open-thread";

export interface RevealDetail {
  key: string;
}

export interface OpenThreadDetail {
  target: ThreadTarget;
  threadId?: string;
  opener?: HTMLElement | null;
}

export function requestThreadDialog(detail: OpenThreadDetail): void {
  window.dispatchEvent(new CustomEvent<OpenThreadDetail>(OPEN_THREAD_EVENT, { detail }));
}

/** The attribute a target's element carries, e.g. `<td data-thread-target={targetKey(target)}>`. */
export const TARGET_ATTRIBUTE = "data-thread-target";
/** The attribute on a ThreadBadge, so focus can return to the badge inside a target. */
export const BADGE_ATTRIBUTE = "data-thread-badge";

function isShown(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** The visible element for a key: the register renders a table and a card list, one hidden. */
function findShown(key: string): HTMLElement | null {
  const selector = `[${TARGET_ATTRIBUTE}="${CSS.escape(key)}"]`;
  const found = Array.from(document.querySelectorAll<HTMLElement>(selector));
  return found.find(isShown) ?? null;
}

/** Waits a few frames for a listener of `mesa:reveal` to re-render (e.g. clear a filter). */
function whenShown(key: string, frames: number): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const look = (left: number) => {
      const element = findShown(key);
      if (element || left === 0) resolve(element);
      else requestAnimationFrame(() => look(left - 1));
    };
    look(frames);
  });
}

function focusWithin(element: HTMLElement): HTMLElement {
  const badge = element.querySelector<HTMLElement>(`[${BADGE_ATTRIBUTE}]`);
  if (element.matches("a[href], button, input, select, textarea, [tabindex]")) {
    element.focus({ preventScroll: true });
  } else if (badge) {
    badge.focus({ preventScroll: true });
  }
  return badge ?? element;
}

/**
 * "Go to" for a thread: reveals its target, scrolls it into view, focuses it and opens the
 * target's thread dialog. Without an element on the page (a chart not drawn yet) the dialog
 * still opens, so the thread can always be read.
 */
export async function goToThreadTarget(target: ThreadTarget, threadId?: string, fallbackOpener?: HTMLElement | null) {
  const key = targetKey(target);
  window.dispatchEvent(new CustomEvent<RevealDetail>(REVEAL_EVENT, { detail: { key } }));
  const element = await whenShown(key, 30);
  let opener = fallbackOpener ?? null;
  if (element) {
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
    opener = focusWithin(element);
  }
  requestThreadDialog({ target, threadId, opener });
}
