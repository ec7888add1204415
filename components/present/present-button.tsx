"use client";

/**
 * The header's way into present mode, for every role. Full screen is asked for here, in the
 * click itself, because browsers refuse it once the click's moment has passed; present mode
 * (components/present/fullscreen.ts) takes it from there. Asked for inline rather than
 * through that module so the page's own script shares nothing with present mode's.
 */
export function PresentButton({ onPresent }: { onPresent: () => void }) {
  return (
    <button
      type="button"
      data-present-button
      onClick={() => {
        const root = document.documentElement;
        if (document.fullscreenEnabled && !document.fullscreenElement && typeof root.requestFullscreen === "function") {
          // A refusal leaves present mode filling the window, which it explains.
          root.requestFullscreen({ navigationUI: "hide" }).catch(() => undefined);
        }
        onPresent();
      }}
      className="inline-flex min-h-7 items-center gap-1.5 rounded-full border border-line bg-surface px-2.5 text-xs font-medium hover:bg-canvas"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-3.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <rect x="1.5" y="2.5" width="13" height="9" rx="1" />
        <path d="M8 11.5v2.5M5 14h6" />
      </svg>
      Present
    </button>
  );
}
