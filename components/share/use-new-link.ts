"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { createLinkRequest, linksQuery, type NewLinkInput } from "@/lib/client/links-query";
import type { CreatedLink, LinkView, ShareableRole } from "@/lib/contract/links";
import { expiryFrom, type ExpiryChoice } from "./expiry";

/** The new-link form's fields, their check, and the request that creates the link. */
export function useNewLink(workspaceId: string, token: string, onCreated: (link: CreatedLink) => void) {
  const queryClient = useQueryClient();
  const [role, setRole] = useState<ShareableRole>("viewer");
  const [label, setLabel] = useState("");
  const [expiry, setExpiry] = useState<ExpiryChoice>("never");
  const [date, setDate] = useState("");
  const [view, setView] = useState<LinkView>("full");
  const [problem, setProblem] = useState<{ field: "label" | "expiry"; message: string } | null>(null);
  const create = useMutation({
    mutationFn: (input: NewLinkInput) => createLinkRequest(workspaceId, token, input),
    onSuccess: (link) => {
      onCreated(link);
      setLabel("");
      void queryClient.invalidateQueries({ queryKey: linksQuery(workspaceId, token).queryKey });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === "") {
      setProblem({ field: "label", message: "Give the link a label, such as the person or team it is for." });
      return;
    }
    const expiresAt = expiryFrom(expiry, date, Date.now());
    if (expiresAt.error) {
      setProblem({ field: "expiry", message: expiresAt.error });
      return;
    }
    setProblem(null);
    create.mutate({ role, label, expiresAt: expiresAt.iso, ...(role === "viewer" ? { view } : {}) });
  };

  return {
    fields: { role, label, expiry, date, view },
    set: { role: setRole, label: setLabel, expiry: setExpiry, date: setDate, view: setView },
    problem,
    error: problem?.message ?? (create.isError ? create.error.message : null),
    pending: create.isPending,
    submit,
  };
}
