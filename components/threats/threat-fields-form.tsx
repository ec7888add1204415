"use client";

import { useId, type ReactNode } from "react";
import {
  InvalidEditError,
  LIMITS,
  threatFieldsSchema,
  updateThreat,
  type Threat,
  type ThreatChange,
} from "@/lib/collab";
import {
  SCORE_MAX,
  SCORE_MIN,
  THREAT_CATEGORIES,
  THREAT_CATEGORY_LABEL,
  THREAT_TRENDS,
  THREAT_TRENDS_LABEL,
  isScore,
} from "@/lib/domain/scales";
import { formatListLines, parseListLines, type ListLimits } from "@/lib/domain/threat-form";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { DraftField, FIELD_CONTROL, FIELD_LABEL } from "./draft-field";
import { ReviewDateField } from "./review-date-field";
import { ScoreChip } from "./score-band";
import { SourcesField } from "./sources-field";

const ACTORS: ListLimits = { noun: "actor", maxLength: LIMITS.actorLength, maxCount: LIMITS.actorCount };
const WIDE_ON_PHONE = "col-span-2 sm:col-span-1";
const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);

function schemaMessage(field: "name" | "owner" | "description", text: string): string | null {
  const result = threatFieldsSchema.shape[field].safeParse(text);
  return result.success ? null : (result.error.issues[0]?.message ?? `This ${field} cannot be used.`);
}

function listMessage(text: string, limits: ListLimits): string | null {
  const parsed = parseListLines(text, limits);
  return parsed.ok ? null : parsed.message;
}

/** Writes a change as this person; returns the message to show at the field when it is refused. */
function useSave(threatId: string): (change: ThreatChange) => string | null {
  const { session, author } = useWorkspace();
  return (change) => {
    if (!author) return "This link can only view the workspace.";
    try {
      updateThreat(session.doc, threatId, change, author);
      return null;
    } catch (error) {
      if (error instanceof InvalidEditError) return error.message;
      throw error;
    }
  };
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  className?: string;
}

function SelectField({ label, value, onChange, children, className = "" }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className={FIELD_LABEL}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={FIELD_CONTROL}>
        {children}
      </select>
    </div>
  );
}

/** The threat's plain fields; each saves on its own. */
export function ThreatFieldsForm({ threat }: { threat: Threat }) {
  const save = useSave(threat.id);
  const saveList = (field: "actors", limits: ListLimits) => (text: string) => {
    const parsed = parseListLines(text, limits);
    return parsed.ok ? save({ [field]: parsed.items }) : parsed.message;
  };
  const score = (field: "likelihood" | "impact") => (value: string) => {
    const parsed = value === "" ? null : Number(value);
    save({ [field]: isScore(parsed) ? parsed : null });
  };

  return (
    <div className="grid grid-cols-2 gap-3">
      <div className="col-span-2">
        <DraftField
          label="Name"
          stored={threat.name}
          save={(text) => save({ name: text })}
          check={(text) => schemaMessage("name", text)}
          hint={`Up to ${LIMITS.nameLength} characters.`}
        />
      </div>
      <div className="col-span-2">
        <DraftField
          label="Description"
          stored={threat.description}
          save={(text) => save({ description: text })}
          check={(text) => schemaMessage("description", text)}
          rows={2}
          hint="What the threat is, and where its category and trend come from."
        />
      </div>
      <SelectField
        className={WIDE_ON_PHONE}
        label="Category"
        value={threat.category}
        onChange={(value) => {
          const category = THREAT_CATEGORIES.find((candidate) => candidate === value);
          if (category) save({ category });
        }}
      >
        {THREAT_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {THREAT_CATEGORY_LABEL[category]}
          </option>
        ))}
      </SelectField>
      <SelectField
        className={WIDE_ON_PHONE}
        label="Trend"
        value={threat.trend}
        onChange={(value) => {
          const trend = THREAT_TRENDS.find((candidate) => candidate === value);
          if (trend) save({ trend });
        }}
      >
        {THREAT_TRENDS.map((trend) => (
          <option key={trend} value={trend}>
            {THREAT_TRENDS_LABEL[trend]}
          </option>
        ))}
      </SelectField>
      {(["likelihood", "impact"] as const).map((field) => (
        <SelectField
          key={field}
          label={field === "likelihood" ? "Likelihood (1–5)" : "Impact (1–5)"}
          value={threat[field] === null ? "" : String(threat[field])}
          onChange={score(field)}
        >
          <option value="">Unrated</option>
          {SCORES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </SelectField>
      ))}
      <p className="col-span-2 text-xs">
        Score (likelihood × impact): <ScoreChip likelihood={threat.likelihood} impact={threat.impact} />
      </p>
      <div className={WIDE_ON_PHONE}>
        <DraftField
          label="Owner"
          stored={threat.owner}
          save={(text) => save({ owner: text })}
          check={(text) => schemaMessage("owner", text)}
          hint="Who keeps this threat under review."
        />
      </div>
      <div className={WIDE_ON_PHONE}>
        <ReviewDateField stored={threat.nextReview} save={save} />
      </div>
      <div className="col-span-2">
        <DraftField
          label="Actors"
          rows={3}
          stored={formatListLines(threat.actors)}
          save={saveList("actors", ACTORS)}
          check={(text) => listMessage(text, ACTORS)}
          hint="One per line."
        />
      </div>
      <div className="col-span-2">
        <SourcesField sources={threat.sources} save={(sources) => save({ sources })} />
      </div>
    </div>
  );
}
