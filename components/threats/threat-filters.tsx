"use client";

import { useId, useState } from "react";
import type { Threat } from "@/lib/collab";
import { THREAT_CATEGORIES, THREAT_CATEGORY_LABEL, THREAT_TRENDS, THREAT_TRENDS_LABEL } from "@/lib/domain/scales";
import { SCORE_BAND_INFO, scoreBand } from "@/lib/domain/threat-heat-map";
import {
  THREAT_SORTS,
  THREAT_SORT_LABEL,
  clearFilters,
  isFiltered,
  ownerChoices,
  type ThreatView,
} from "@/lib/domain/threat-view";
import { MAX_QUERY_LENGTH } from "@/lib/domain/threat-view-url";
import { Button } from "@/components/ui/button";

interface ThreatFiltersProps {
  threats: Threat[];
  view: ThreatView;
  onChange: (view: ThreatView) => void;
  shown: number;
}

const LABEL = "block text-[11px] font-medium text-muted";
/** 16px text on phones: iOS zooms the page into any smaller form control it focuses. */
const CONTROL = "w-full rounded-md border border-line bg-surface px-2 py-1 text-sm max-sm:py-1.5 max-sm:text-base";

// Owner names are free text, so the select's values carry a prefix that no name can clash with.
const ANY_OWNER = "any";
const NO_OWNER = "none";
const ownerValue = (owner: string | null) => (owner === null ? ANY_OWNER : owner === "" ? NO_OWNER : `is:${owner}`);
const ownerFrom = (value: string) => (value === ANY_OWNER ? null : value === NO_OWNER ? "" : value.slice(3));

function activeCount(view: ThreatView): number {
  return [view.category, view.trend, view.owner, view.query.trim() || null, view.cell].filter((value) => value !== null)
    .length;
}

/** Search, filters and sort of the register; on a phone they fold away behind one button. */
export function ThreatFilters({ threats, view, onChange, shown }: ThreatFiltersProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const { owners, unowned } = ownerChoices(threats);
  if (view.owner && !owners.some((owner) => owner.toLowerCase() === view.owner?.toLowerCase())) owners.push(view.owner);
  const active = activeCount(view);
  const set = (change: Partial<ThreatView>) => onChange({ ...view, ...change });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Button
          className="sm:hidden"
          aria-expanded={open}
          aria-controls={`${id}-filters`}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? "Hide filters" : "Filter and sort"}
          {active > 0 && ` (${active} on)`}
        </Button>
        <p role="status" className="text-sm" data-testid="threat-count">
          <span className="font-semibold tabular-nums">{shown}</span> of{" "}
          <span className="tabular-nums">{threats.length}</span> threats shown
        </p>
        {isFiltered(view) && (
          <Button variant="ghost" className="min-h-7 px-2" onClick={() => onChange(clearFilters(view))}>
            Clear filters
          </Button>
        )}
      </div>
      <div id={`${id}-filters`} className={`grid grid-cols-2 gap-2 sm:grid-cols-4 ${open ? "" : "max-sm:hidden"}`}>
        <div className="col-span-2 sm:col-span-4">
          <label htmlFor={`${id}-search`} className={LABEL}>
            Search name, actors, notes, sources
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={view.query}
            maxLength={MAX_QUERY_LENGTH}
            onChange={(event) => set({ query: event.target.value })}
            className={CONTROL}
          />
        </div>
        <div>
          <label htmlFor={`${id}-category`} className={LABEL}>
            Category
          </label>
          <select
            id={`${id}-category`}
            value={view.category ?? ""}
            onChange={(event) =>
              set({ category: THREAT_CATEGORIES.find((value) => value === event.target.value) ?? null })
            }
            className={CONTROL}
          >
            <option value="">All categories</option>
            {THREAT_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {THREAT_CATEGORY_LABEL[category]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-trend`} className={LABEL}>
            Trend
          </label>
          <select
            id={`${id}-trend`}
            value={view.trend ?? ""}
            onChange={(event) => set({ trend: THREAT_TRENDS.find((value) => value === event.target.value) ?? null })}
            className={CONTROL}
          >
            <option value="">All trends</option>
            {THREAT_TRENDS.map((trend) => (
              <option key={trend} value={trend}>
                {THREAT_TRENDS_LABEL[trend]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-owner`} className={LABEL}>
            Owner
          </label>
          <select
            id={`${id}-owner`}
            value={ownerValue(view.owner)}
            onChange={(event) => set({ owner: ownerFrom(event.target.value) })}
            className={CONTROL}
          >
            <option value={ANY_OWNER}>Any owner</option>
            {(unowned || view.owner === "") && <option value={NO_OWNER}>Nobody yet</option>}
            {owners.map((owner) => (
              <option key={owner} value={`is:${owner}`}>
                {owner}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-sort`} className={LABEL}>
            Sort by
          </label>
          <select
            id={`${id}-sort`}
            value={view.sort}
            onChange={(event) =>
              set({ sort: THREAT_SORTS.find((value) => value === event.target.value) ?? "register" })
            }
            className={CONTROL}
          >
            {THREAT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {THREAT_SORT_LABEL[sort]}
              </option>
            ))}
          </select>
        </div>
        {view.cell && (
          <div className="col-span-2 flex items-end">
            {/* The name starts with the visible text (label in name); the rest says it in words. */}
            <Button className="w-full justify-between" onClick={() => set({ cell: null })}>
              <span>
                Cell L{view.cell.likelihood} × I{view.cell.impact} ·{" "}
                {SCORE_BAND_INFO[scoreBand(view.cell.likelihood * view.cell.impact)].label}
                <span className="sr-only">
                  {" "}
                  (heat-map filter: likelihood {view.cell.likelihood}, impact {view.cell.impact}): remove
                </span>
              </span>
              <span aria-hidden="true">✕</span>
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
