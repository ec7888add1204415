"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { identityEntry } from "@/lib/client/identity";
import {
  linksQuery,
  linkTokenRequest,
  removeParticipantRequest,
  revokeLinkRequest,
  rotateLinkRequest,
} from "@/lib/client/links-query";
import { rotateOwnLink } from "@/lib/client/own-link-rotation";
import { participantQuery } from "@/lib/client/participant-query";
import { storedParticipant } from "@/lib/client/participant-store";
import { useLinkToken } from "@/lib/client/use-link-token";
import type { LinkSummary } from "@/lib/contract/links";
import { useWorkspace } from "@/components/workspace/workspace-context";

export type CopyState = { status: "idle" | "copying" | "copied" } | { status: "manual"; url: string };

/** What one row of the Share dialog can do to its link, each with its own pending state and error. */
export function useLinkActions(link: LinkSummary, own: boolean) {
  const { workspaceId } = useWorkspace();
  const token = useLinkToken() ?? "";
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: linksQuery(workspaceId, token).queryKey });
  const [copy, setCopy] = useState<CopyState>({ status: "idle" });
  const [fresh, setFresh] = useState<string | null>(null);

  const copyLink = useMutation({
    mutationFn: async () => {
      setCopy({ status: "copying" });
      const { link: url } = await linkTokenRequest(workspaceId, token, link.id);
      try {
        await navigator.clipboard.writeText(url);
        setCopy({ status: "copied" });
        setTimeout(() => setCopy({ status: "idle" }), 2500);
      } catch {
        // No clipboard (permission, insecure origin): show the link to copy by hand.
        setCopy({ status: "manual", url });
      }
    },
    onError: () => setCopy({ status: "idle" }),
  });
  const rotate = useMutation({
    mutationFn: () => {
      const request = () => rotateLinkRequest(workspaceId, token, link.id);
      if (!own) return request();
      const name = identityEntry.read()?.name ?? "";
      return rotateOwnLink({
        queryClient,
        workspaceId,
        token,
        participantKey: (next) => participantQuery(workspaceId, next, name).queryKey,
        rotate: request,
      });
    },
    onSuccess: (rotated) => {
      setFresh(rotated.link);
      void refresh();
    },
  });
  const revoke = useMutation({ mutationFn: () => revokeLinkRequest(workspaceId, token, link.id), onSettled: refresh });
  const remove = useMutation({
    mutationFn: (participantId: string) =>
      removeParticipantRequest(workspaceId, token, participantId, storedParticipant(workspaceId)?.participantToken),
    onSettled: refresh,
  });
  const error = [copyLink, rotate, revoke, remove].find((mutation) => mutation.isError)?.error ?? null;
  return { copy, copyLink, fresh, dismissFresh: () => setFresh(null), rotate, revoke, remove, error };
}
