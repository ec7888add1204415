"use client";

import type { Identity } from "@/lib/client/identity";
import { ROLE_LABEL } from "@/lib/client/roles";
import { usePeers } from "@/lib/client/use-peers";
import { RenameSelfButton } from "./rename-self-button";
import { useWorkspace } from "./workspace-context";

/** Who is here now, viewers included; the person's own entry comes first and says "you". */
export function PresenceList({ identity }: { identity: Identity }) {
  const { session, role } = useWorkspace();
  const peers = usePeers(session);
  const people = [
    { key: "self", name: identity.name, color: identity.color, role, self: true },
    ...peers.map((peer) => ({ key: String(peer.clientId), ...peer.user, self: false })),
  ];
  return (
    <div className="flex min-w-0 items-center gap-2">
      <h2 id="presence-heading" className="sr-only">
        People here
      </h2>
      <ul aria-labelledby="presence-heading" data-testid="presence" className="flex flex-wrap items-center gap-1.5">
        {people.map((person) => (
          <li
            key={person.key}
            title={`${person.name} (${ROLE_LABEL[person.role]})`}
            className="inline-flex max-w-40 items-center gap-1 rounded-full bg-canvas px-2 py-0.5 text-xs"
          >
            <span
              aria-hidden="true"
              className="size-2.5 shrink-0 rounded-full"
              style={{ backgroundColor: person.color }}
            />
            <span className="truncate">{person.name}</span>
            {person.self && <span className="text-muted">(you)</span>}
            {person.role === "viewer" && <span className="sr-only">, viewer</span>}
          </li>
        ))}
      </ul>
      <RenameSelfButton />
    </div>
  );
}
