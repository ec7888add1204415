/** A speech bubble; `plus` adds a "+" for "start a comment". Decorative: the button names itself. */
export function SpeechBubbleIcon({ plus = false, className = "size-3.5" }: { plus?: boolean; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className={className} fill="none" stroke="currentColor">
      <path
        d="M2.5 3.5a1 1 0 0 1 1-1h9a1 1 0 0 1 1 1v6.5a1 1 0 0 1-1 1H7l-3 2.5v-2.5h-.5a1 1 0 0 1-1-1z"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
      {plus && <path d="M8 4.75v4.5M5.75 7h4.5" strokeWidth="1.4" strokeLinecap="round" />}
    </svg>
  );
}
