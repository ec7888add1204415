"use client";

import type { ReactNode } from "react";
import type { Admission } from "@/lib/contract/sessions";

interface SessionOptionsProps {
  anonymous: boolean;
  setAnonymous: (value: boolean) => void;
  minutes: string;
  setMinutes: (value: string) => void;
  timerProblem: string | null;
  admission: Admission;
  setAdmission: (value: Admission) => void;
  lock: boolean;
  setLock: (value: boolean) => void;
  takesPart: boolean;
  setTakesPart: (value: boolean) => void;
}

/** Anonymity, lock, whether the facilitator rates, the timer and who takes part. */
export function SessionOptions(props: SessionOptionsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="space-y-2">
        <Check checked={props.anonymous} onChange={props.setAnonymous} label="Anonymous answers">
          Nobody sees who answered what. Unticked, each revealed answer shows its author to the team (never to viewers).
        </Check>
        <Check checked={props.lock} onChange={props.setLock} label="Lock the targets while a round is open">
          Nobody can change them directly in the matrix or register until the round closes.
        </Check>
        <Check checked={props.takesPart} onChange={props.setTakesPart} label="I rate too">
          Your answers count like everyone else&rsquo;s.
        </Check>
      </div>
      <div className="space-y-3">
        <label className="block text-sm font-medium">
          Timer in minutes <span className="font-normal text-muted">(empty: no timer)</span>
          <input
            inputMode="decimal"
            value={props.minutes}
            onChange={(event) => props.setMinutes(event.target.value)}
            aria-invalid={props.timerProblem ? true : undefined}
            aria-describedby={props.timerProblem ? "session-timer-problem" : undefined}
            className="mt-1 block w-28 rounded-md border border-line px-2 py-1.5 text-sm font-normal"
          />
          {props.timerProblem && (
            <span id="session-timer-problem" className="mt-1 block text-xs font-normal text-danger">
              {props.timerProblem}
            </span>
          )}
        </label>
        <fieldset>
          <legend className="text-sm font-medium">Who takes part</legend>
          <label className="mt-1 flex items-start gap-2 text-sm">
            <input
              type="radio"
              className="mt-1"
              name="admission"
              checked={props.admission === "bound"}
              onChange={() => props.setAdmission("bound")}
            />
            <span>Everyone here when a round opens; I admit late joiners</span>
          </label>
          <label className="mt-1 flex items-start gap-2 text-sm">
            <input
              type="radio"
              className="mt-1"
              name="admission"
              checked={props.admission === "open"}
              onChange={() => props.setAdmission("open")}
            />
            <span>Anyone with an analyst link who answers</span>
          </label>
        </fieldset>
      </div>
    </div>
  );
}

function Check({
  checked,
  onChange,
  label,
  children,
}: {
  checked: boolean;
  onChange: (value: boolean) => void;
  label: string;
  children: ReactNode;
}) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" className="mt-1" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>
        <span className="font-medium">{label}</span>
        <span className="block text-xs text-muted">{children}</span>
      </span>
    </label>
  );
}
