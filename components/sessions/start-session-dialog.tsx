"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import type { Admission, CreateSessionBody } from "@/lib/contract/sessions";
import { createSession, sessionKeys } from "@/lib/client/session-api";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/threads/modal-dialog";
import { targetCount, targetsOf, type TargetChoice } from "./target-choice";
import { SessionOptions } from "./session-options";
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
