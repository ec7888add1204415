import { targetKey } from "@/lib/collab";
import { REVEAL_EVENT, TARGET_ATTRIBUTE, type RevealDetail } from "@/components/threads/thread-events";

export function threatKey(threatId: string): string {
  return targetKey({ kind: "threat", threatId });
}

/** The shown element of a threat: the register renders a table and a card list, one hidden. */
function findShownThreat(threatId: string): HTMLElement | null {
  const selector = `[${TARGET_ATTRIBUTE}="${CSS.escape(threatKey(threatId))}"]`;
  return (
    Array.from(document.querySelectorAll<HTMLElement>(selector)).find(
      (element) => element.getClientRects().length > 0,
    ) ?? null
  );
}

/**
 * Scrolls to a threat in the register and focuses it. The `mesa:reveal` event first makes the
 * register clear any filter hiding it; the element can take a few frames to appear.
 */
export function revealThreat(threatId: string): void {
  window.dispatchEvent(new CustomEvent<RevealDetail>(REVEAL_EVENT, { detail: { key: threatKey(threatId) } }));
  const look = (framesLeft: number) => {
    const element = findShownThreat(threatId);
    if (!element) {
      if (framesLeft > 0) requestAnimationFrame(() => look(framesLeft - 1));
      return;
    }
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
    element.focus({ preventScroll: true });
  };
  look(30);
}
