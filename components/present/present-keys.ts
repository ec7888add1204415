/** What a key does in present mode. Pure, so the mapping is tested apart from the page. */
export type PresentKeyAction =
  | { kind: "next" }
  | { kind: "previous" }
  | { kind: "first" }
  | { kind: "last" }
  /** Zero-based: "1" goes to the first slide. */
  | { kind: "go"; index: number }
  | { kind: "exit" };

interface KeyInput {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * Left and right arrows step, as do Page Up and Page Down (what presentation clickers send).
 * Up and down are left to scroll a slide taller than the screen. Space steps forward unless a
 * button has focus (then it presses the button). With a modifier the browser's own shortcut wins.
 */
export function presentKeyAction(
  { key, altKey, ctrlKey, metaKey }: KeyInput,
  onButton = false,
): PresentKeyAction | null {
  if (altKey || ctrlKey || metaKey) return null;
  switch (key) {
    case "ArrowRight":
    case "PageDown":
      return { kind: "next" };
    case " ":
      return onButton ? null : { kind: "next" };
    case "ArrowLeft":
    case "PageUp":
      return { kind: "previous" };
    case "Home":
      return { kind: "first" };
    case "End":
      return { kind: "last" };
    case "Escape":
      return { kind: "exit" };
    default:
      return /^[1-9]$/.test(key) ? { kind: "go", index: Number(key) - 1 } : null;
  }
}

/** The slide index an action leads to, within `count` slides; null when it stays put or leaves. */
export function slideAfter(action: PresentKeyAction, current: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (action.kind) {
    case "next":
      return Math.min(current + 1, last);
    case "previous":
      return Math.max(current - 1, 0);
    case "first":
      return 0;
    case "last":
      return last;
    case "go":
      return action.index <= last ? action.index : null;
    case "exit":
      return null;
  }
}
