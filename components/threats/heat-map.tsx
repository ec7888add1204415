"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import type { Threat } from "@/lib/collab";
import { SCORE_BAND_INFO, SCORE_BANDS, heatMap, type HeatMapCell } from "@/lib/domain/threat-heat-map";
import type { HeatCell } from "@/lib/domain/threat-view";
import { revealThreat } from "./reveal-threat";
import { BAND_FILL } from "./score-band";

interface HeatMapProps {
  /** The threats the other filters leave. */
  threats: Threat[];
  selected: HeatCell | null;
  onSelect: (cell: HeatCell | null) => void;
}

type Cell = HeatMapCell<Threat>;

function describe(cell: Cell): string {
  const names = cell.threats.map((threat) => threat.name).join(", ");
  const count =
    cell.threats.length === 0
      ? "no threats"
      : `${cell.threats.length} threat${cell.threats.length === 1 ? "" : "s"}: ${names}`;
  return `Likelihood ${cell.likelihood} × impact ${cell.impact} = ${cell.score}, ${SCORE_BAND_INFO[cell.band].label}; ${count}`;
}

function isSelected(cell: Cell, selected: HeatCell | null): boolean {
  return selected?.likelihood === cell.likelihood && selected.impact === cell.impact;
}

/** Arrow keys, Home and End move between cells; only one cell is in the tab order. */
function moveFrom(key: string, row: number, col: number): [number, number] | null {
  const moves: Record<string, [number, number]> = {
    ArrowUp: [Math.max(row - 1, 0), col],
    ArrowDown: [Math.min(row + 1, 4), col],
    ArrowLeft: [row, Math.max(col - 1, 0)],
    ArrowRight: [row, Math.min(col + 1, 4)],
    Home: [row, 0],
    End: [row, 4],
  };
  return moves[key] ?? null;
}

/** Likelihood × impact: each threat in its cell; a cell filters the register to its threats. */
export function ThreatHeatMap({ threats, selected, onSelect }: HeatMapProps) {
  const { rows } = heatMap(threats);
  const [pointed, setPointed] = useState<Cell | null>(null);
  const [active, setActive] = useState<[number, number] | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const selectedIndex = selected ? [5 - selected.likelihood, selected.impact - 1] : null;
  const [activeRow, activeCol] = active ?? selectedIndex ?? [0, 0];
  const shownCell = pointed ?? rows.flat().find((cell) => isSelected(cell, selected)) ?? null;

  function onKeyDown(event: KeyboardEvent, row: number, col: number) {
    const next = moveFrom(event.key, row, col);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    buttons.current.get(next.join(":"))?.focus();
  }

  return (
    <div className="min-w-0">
      <table className="w-full max-w-md table-fixed border-separate border-spacing-0.5 text-center">
        <caption className="mb-1 text-left text-xs text-muted">
          Likelihood (L, rows) × impact (I, columns). Select a cell to filter the list.
        </caption>
        <thead>
          <tr>
            <td className="w-7" />
            {rows[0]?.map((cell) => (
              <th key={cell.impact} scope="col" className="text-xs font-medium text-muted">
                <span className="sr-only">Impact {cell.impact}</span>
                <span aria-hidden="true">I{cell.impact}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={row[0]?.likelihood}>
              <th scope="row" className="text-xs font-medium text-muted">
                <span className="sr-only">Likelihood {row[0]?.likelihood}</span>
                <span aria-hidden="true">L{row[0]?.likelihood}</span>
              </th>
              {row.map((cell, colIndex) => {
                const pressed = isSelected(cell, selected);
                const count = cell.threats.length;
                return (
                  <td key={cell.impact} className="p-0">
                    <button
                      type="button"
                      ref={(element) => {
                        const key = `${rowIndex}:${colIndex}`;
                        if (element) buttons.current.set(key, element);
                        else buttons.current.delete(key);
                      }}
                      tabIndex={rowIndex === activeRow && colIndex === activeCol ? 0 : -1}
                      aria-pressed={pressed}
                      title={count > 0 ? cell.threats.map((threat) => threat.name).join("\n") : undefined}
                      data-cell={`${cell.likelihood}-${cell.impact}`}
                      onClick={() => onSelect(pressed ? null : { likelihood: cell.likelihood, impact: cell.impact })}
                      onKeyDown={(event) => onKeyDown(event, rowIndex, colIndex)}
                      onFocus={() => {
                        setActive([rowIndex, colIndex]);
                        setPointed(cell);
                      }}
                      onBlur={() => setPointed(null)}
                      onMouseEnter={() => setPointed(cell)}
                      onMouseLeave={() => setPointed(null)}
                      className={`relative flex h-12 w-full flex-col items-start justify-between rounded-sm px-1 py-0.5 text-left sm:h-14 ${BAND_FILL[cell.band]} ${
                        pressed ? "outline-3 outline-offset-[-3px] outline-ink" : "hover:brightness-95"
                      }`}
                    >
                      {/* The name comes from this text, so it holds what the cell shows (score, band, count)
                          in the order it shows it: WCAG 2.5.3, Label in Name. */}
                      <span className="sr-only">{describe(cell)}</span>
                      <span aria-hidden="true" className="text-[11px] leading-none font-semibold tabular-nums">
                        {cell.score}
                      </span>
                      <span aria-hidden="true" className="text-[10px] leading-none">
                        {SCORE_BAND_INFO[cell.band].label}
                      </span>
                      {count > 0 && (
                        <span
                          aria-hidden="true"
                          className="absolute top-0.5 right-0.5 flex size-5 items-center justify-center rounded-full bg-ink text-[11px] font-bold text-white tabular-nums"
                        >
                          {count}
                        </span>
                      )}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1.5 min-h-8 max-w-md text-xs text-muted" aria-hidden="true">
        {shownCell ? describe(shownCell) : "Point at or focus a cell to see its threats."}
      </p>
      <ul aria-label="Score bands" className="mt-1 flex max-w-md flex-wrap gap-x-3 gap-y-1 text-xs">
        {SCORE_BANDS.map((band) => (
          <li key={band} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`inline-block size-3 rounded-sm border border-line ${BAND_FILL[band]}`}
            />
            {SCORE_BAND_INFO[band].label} {SCORE_BAND_INFO[band].range}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Threats missing a rating have no cell: they are listed beside the map, each a link to its row. */
export function UnratedList({ threats }: { threats: Threat[] }) {
  const { unrated } = heatMap(threats);
  if (unrated.length === 0) return null;
  return (
    <div className="text-xs">
      <h3 className="font-medium">
        Not yet rated: {unrated.length} <span className="font-normal text-muted">(likelihood or impact missing)</span>
      </h3>
      <ul className="mt-0.5 flex flex-wrap gap-x-2 gap-y-0.5">
        {unrated.map((threat) => (
          <li key={threat.id}>
            <button
              type="button"
              onClick={() => revealThreat(threat.id)}
              className="text-accent underline underline-offset-2 hover:no-underline"
            >
              {threat.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
