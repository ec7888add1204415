"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { TEMPLATE_TITLES, type TemplateId, LIMITS } from "@/lib/collab/schema";
import { ApiError } from "@/lib/client/api";
import { createWorkspace } from "@/lib/client/create-workspace";
import { rememberWorkspace } from "@/lib/client/recent-workspaces";
import { Button } from "@/components/ui/button";
import { WorkspaceLinks } from "./workspace-links";

const TEMPLATE_CHOICES: { id: TemplateId; label: string; hint: string }[] = [
  {
    id: "rand-mexico-2009",
    label: "RAND 2009 brief",
    hint: "Options, priority areas and ratings from the brief, plus its ten threats (unrated).",
  },
  { id: "blank", label: "Blank", hint: "An empty workspace." },
];

export function CreateWorkspaceForm() {
  const [title, setTitle] = useState(TEMPLATE_TITLES["rand-mexico-2009"]);
  const [template, setTemplate] = useState<TemplateId>("rand-mexico-2009");
  const [titleMissing, setTitleMissing] = useState(false);
  const titleId = useId();
  const titleErrorId = useId();
  const create = useMutation({
    mutationFn: createWorkspace,
    onSuccess: (created) =>
      rememberWorkspace({
        id: created.id,
        title: created.title,
        role: "facilitator",
        links: created.links,
        lastOpenedAt: Date.now(),
      }),
  });
  const serverTitleError =
    create.error instanceof ApiError && create.error.field === "title" ? create.error.message : null;
  const titleError = titleMissing ? "Give the workspace a title." : serverTitleError;

  return (
    <section aria-labelledby="create-heading" className="rounded-lg border border-line bg-surface p-5 shadow-sm">
      <h2 id="create-heading" className="text-base font-semibold">
        New workspace
      </h2>
      <form
        className="mt-3 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (title.trim() === "") {
            setTitleMissing(true);
            return;
          }
          create.mutate({ title: title.trim(), template });
        }}
      >
        <div className="space-y-1">
          <label htmlFor={titleId} className="block text-sm font-medium">
            Title
          </label>
          <input
            id={titleId}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              setTitleMissing(false);
            }}
            maxLength={LIMITS.titleLength}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? titleErrorId : undefined}
            className="w-full rounded-md border border-line bg-surface px-2.5 py-1.5 text-sm aria-invalid:border-danger"
          />
          {titleError && (
            <p id={titleErrorId} className="text-sm text-danger">
              {titleError}
            </p>
          )}
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Start from</legend>
          {TEMPLATE_CHOICES.map((choice) => (
            <label key={choice.id} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="template"
                value={choice.id}
                checked={template === choice.id}
                onChange={() => {
                  // Keep a title the person typed; swap only the template's own default.
                  if (title === TEMPLATE_TITLES[template]) setTitle(TEMPLATE_TITLES[choice.id]);
                  setTemplate(choice.id);
                }}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{choice.label}</span>
                <span className="block text-muted">{choice.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {create.isError && !serverTitleError && (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
            Could not create the workspace: {create.error.message}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create workspace"}
        </Button>
      </form>
      {create.data && <WorkspaceLinks workspace={create.data} />}
    </section>
  );
}
