"use client";

import { useState } from "react";
import type { PriorityArea, Threat } from "@/lib/collab";
import { localIsoDay, reviewStatus } from "@/lib/domain/threat-form";

/** The matrix priority areas a threat bears on, as chips; long area names are cut, in full on hover. */
export function AreaChips({ threat, areas }: { threat: Threat; areas: PriorityArea[] }) {
  const linked = threat.areaIds.flatMap((id) => areas.filter((area) => area.id === id));
  if (linked.length === 0) return null;
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-1 text-[11px]">
      <span className="text-muted" aria-hidden="true">
        Bears on
      </span>
      <ul aria-label="Priority areas it bears on" className="flex flex-wrap gap-1">
        {linked.map((area) => (
          <li
            key={area.id}
            title={area.name}
            className="max-w-56 truncate rounded-full border border-accent/40 bg-accent-soft px-2 py-px text-accent"
          >
            {area.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function OwnerText({ owner }: { owner: string }) {
  return owner ? <span>{owner}</span> : <span className="text-muted italic">Nobody yet</span>;
}

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** The next review date, and in words whether it is overdue or due today. */
export function ReviewDate({ date }: { date: string | null }) {
  if (date === null) return <span className="text-muted italic">Not set</span>;
  const status = reviewStatus(date, localIsoDay(new Date()));
  return (
    <span className="whitespace-nowrap">
      <time dateTime={date}>{DATE_FORMAT.format(new Date(`${date}T00:00:00Z`))}</time>
      {status === "overdue" && (
        <span className="ml-1 rounded bg-danger-soft px-1 text-[11px] font-medium text-danger">Overdue</span>
      )}
      {status === "due" && (
        <span className="ml-1 rounded bg-level-low-soft px-1 text-[11px] font-medium text-warn">Due today</span>
      )}
    </span>
  );
}

/** What the threat is and where its rating comes from, above its notes. */
export function ThreatDescription({ description }: { description: string }) {
  if (!description) return null;
  return <p className="mt-1 text-xs break-words text-ink">{description}</p>;
}

/** Longer notes than this start folded to two lines in the list. */
const FOLD_AT = 160;

/** Notes as read in the list: long ones fold to two lines, and anyone (viewers too) can unfold them. */
export function NotesPreview({ notes }: { notes: string }) {
  const [open, setOpen] = useState(false);
  if (!notes) return null;
  const foldable = notes.length > FOLD_AT;
  return (
    <div className="mt-0.5 text-xs text-muted">
      <p className={`break-words whitespace-pre-line ${foldable && !open ? "line-clamp-2" : ""}`}>{notes}</p>
      {foldable && (
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen((value) => !value)}
          className="text-accent underline underline-offset-2 hover:no-underline"
        >
          {open ? "Show less" : "Show all notes"}
        </button>
      )}
    </div>
  );
}
