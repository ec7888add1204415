"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import type { Admission, CreateSessionBody } from "@/lib/contract/sessions";
import { createSession, sessionKeys } from "@/lib/client/session-api";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/threads/modal-dialog";
import { targetCount, targetsOf, type TargetChoice } from "./target-choice";
import { TargetFields } from "./target-fields";
import { useSessionCaller } from "./use-session-detail";

interface StartSessionDialogProps {
  snapshot: WorkspaceSnapshot;
  opener: HTMLElement | null;
  onClose: () => void;
}

const HEADING_ID = "start-session-heading";

function firstChoice(snapshot: WorkspaceSnapshot): TargetChoice {
  return {
    matrix: "all",
    areaId: snapshot.areas[0]?.id ?? "",
    optionId: snapshot.options[0]?.id ?? "",
    cells: [],
    threats: "none",
    threatIds: [],
  };
}

/** The facilitator's form: what is rated, anonymity, timer, who takes part, the lock. */
export function StartSessionDialog({ snapshot, opener, onClose }: StartSessionDialogProps) {
  const caller = useSessionCaller();
  const client = useQueryClient();
  const [choice, setChoice] = useState(() => firstChoice(snapshot));
  const [title, setTitle] = useState("");
  const [anonymous, setAnonymous] = useState(true);
  const [minutes, setMinutes] = useState("");
  const [admission, setAdmission] = useState<Admission>("bound");
  const [lock, setLock] = useState(true);
  const [takesPart, setTakesPart] = useState(false);
  const start = useMutation({
    mutationFn: (body: CreateSessionBody) => createSession(caller, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: sessionKeys(caller.workspaceId).all });
      onClose();
    },
  });
  const count = targetCount(choice, snapshot);
  const timer = minutes.trim() === "" ? null : Math.round(Number(minutes) * 60);
  const timerProblem =
    timer !== null && (!Number.isFinite(timer) || timer < 10)
      ? "Enter minutes (at least 0.2), or leave it empty for no timer."
      : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const targets = targetsOf(choice, snapshot);
    if (count === 0 || targets.length === 0 || timerProblem) return;
    start.mutate({
      ...(title.trim() ? { title: title.trim() } : {}),
      targets: targets as CreateSessionBody["targets"],
      anonymous,
      durationSec: timer,
      admission,
      lock,
      facilitatorTakesPart: takesPart,
    });
  }

  return (
    <ModalDialog
      labelledBy={HEADING_ID}
      onClose={onClose}
      returnFocus={opener}
      name="start-session"
      className="m-auto max-h-[90vh] w-[min(44rem,calc(100vw-1rem))] overflow-y-auto rounded-lg"
    >
      <form onSubmit={onSubmit} className="space-y-4 p-4">
        <h2 id={HEADING_ID} className="text-lg font-semibold">
          Start rating session
        </h2>
        <label className="block text-sm font-medium">
          Title <span className="font-normal text-muted">(optional)</span>
          <input
            data-autofocus
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.target.value)}
            placeholder="Workshop, 4 December"
            className="mt-1 block w-full rounded-md border border-line px-2 py-1.5 text-sm font-normal"
          />
        </label>
        <TargetFields snapshot={snapshot} choice={choice} onChange={setChoice} />
        <SessionOptions
          {...{
            anonymous,
            setAnonymous,
            minutes,
            setMinutes,
            admission,
            setAdmission,
            lock,
            setLock,
            takesPart,
            setTakesPart,
          }}
          timerProblem={timerProblem}
        />
        {count === 0 && <p className="text-sm text-warn">Choose at least one cell or threat to rate.</p>}
        {start.error && (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
            {start.error.message}
          </p>
        )}
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-line pt-3">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={count === 0 || timerProblem !== null || start.isPending}>
            {start.isPending ? "Starting…" : `Start round 1 (${count} ${count === 1 ? "target" : "targets"})`}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}

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

function SessionOptions(props: SessionOptionsProps) {
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
