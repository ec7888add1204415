"use client";

import { useId, type ReactNode } from "react";
import { useNow } from "@/lib/client/use-now";
import type { CreatedLink, LinkView, ShareableRole } from "@/lib/contract/links";
import { Button } from "@/components/ui/button";
import { EXPIRY_PRESETS, localDay, type ExpiryChoice } from "./expiry";
import { useNewLink } from "./use-new-link";

const LABEL_LENGTH = 80;
const FIELD = "rounded-md border border-line bg-surface px-2 py-1 text-sm";

interface NewLinkFormProps {
  workspaceId: string;
  token: string;
  onCreated: (link: CreatedLink) => void;
}

/** Creates an analyst or viewer link with a label, an optional expiry and, for viewers, what it opens. */
export function NewLinkForm({ workspaceId, token, onCreated }: NewLinkFormProps) {
  const form = useNewLink(workspaceId, token, onCreated);
  const { fields, set } = form;
  const now = useNow();
  const errorId = useId();
  const describedBy = (field: "label" | "expiry") => (form.problem?.field === field ? errorId : undefined);
  return (
    <form onSubmit={form.submit} aria-label="New link" className="space-y-3 rounded-md border border-line p-3">
      <RoleChoice role={fields.role} onChange={set.role} />
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Label" grow>
          {(id) => (
            <input
              id={id}
              value={fields.label}
              maxLength={LABEL_LENGTH}
              placeholder="Deputy Secretary"
              aria-invalid={form.problem?.field === "label" || undefined}
              aria-describedby={describedBy("label")}
              onChange={(event) => set.label(event.target.value)}
              className={FIELD}
            />
          )}
        </Field>
        <ExpiryField expiry={fields.expiry} onChange={set.expiry} />
        {fields.expiry === "date" && (
          <Field label="Last day">
            {(id) => (
              <input
                id={id}
                type="date"
                min={localDay(now || Date.UTC(2000, 0, 1))}
                value={fields.date}
                aria-invalid={form.problem?.field === "expiry" || undefined}
                aria-describedby={describedBy("expiry")}
                onChange={(event) => set.date(event.target.value)}
                className={FIELD}
              />
            )}
          </Field>
        )}
        {fields.role === "viewer" && <ViewField view={fields.view} onChange={set.view} />}
        <Button type="submit" variant="primary" disabled={form.pending}>
          {form.pending ? "Creating…" : "Create link"}
        </Button>
      </div>
      {form.error && (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {form.error}
        </p>
      )}
    </form>
  );
}

function RoleChoice({ role, onChange }: { role: ShareableRole; onChange: (role: ShareableRole) => void }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <legend className="mb-1 text-sm font-semibold">New link for</legend>
      {(["viewer", "analyst"] as const).map((option) => (
        <label key={option} className="inline-flex items-center gap-1.5 text-sm">
          <input type="radio" name="role" checked={role === option} onChange={() => onChange(option)} />
          {option === "viewer" ? "A viewer (reads, cannot edit)" : "An analyst (edits)"}
        </label>
      ))}
    </fieldset>
  );
}

function ExpiryField({ expiry, onChange }: { expiry: ExpiryChoice; onChange: (expiry: ExpiryChoice) => void }) {
  return (
    <Field label="Expires">
      {(id) => (
        <select
          id={id}
          value={expiry}
          onChange={(event) => onChange(event.target.value as ExpiryChoice)}
          className={FIELD}
        >
          {EXPIRY_PRESETS.map((preset) => (
            <option key={preset.value} value={preset.value}>
              {preset.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function ViewField({ view, onChange }: { view: LinkView; onChange: (view: LinkView) => void }) {
  return (
    <Field label="Opens">
      {(id) => (
        <select id={id} value={view} onChange={(event) => onChange(event.target.value as LinkView)} className={FIELD}>
          <option value="full">The full dashboard</option>
          <option value="summary">A one-page summary</option>
        </select>
      )}
    </Field>
  );
}

function Field({
  label,
  grow = false,
  children,
}: {
  label: string;
  grow?: boolean;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`flex flex-col gap-1 ${grow ? "min-w-48 flex-1" : ""}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
