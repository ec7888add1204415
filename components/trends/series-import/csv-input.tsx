"use client";

import { useId, useState } from "react";
import { CSV_LIMITS } from "@/lib/domain/csv-import";

interface CsvInputProps {
  value: string;
  onChange: (text: string) => void;
  invalid: boolean;
  /** Ids of messages about the field (its problems), read out with it. */
  describedBy?: string;
}

const EXAMPLE = "year,value,source,notes\n2007,8867,INEGI,\n2008,14006,INEGI,\n2009,19803,INEGI,preliminary";
const MAX_MB = CSV_LIMITS.maxBytes / 1_048_576;

/** The CSV itself: pasted, or read from a file into the same box so it can be fixed there. */
export function CsvInput({ value, onChange, invalid, describedBy }: CsvInputProps) {
  const textId = useId();
  const hintId = useId();
  const fileId = useId();
  const fileErrorId = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  function readFile(file: File) {
    setFileError(null);
    if (file.size > CSV_LIMITS.maxBytes) {
      setFileError(`${file.name} is ${(file.size / 1_048_576).toFixed(1)} MB; the limit is ${MAX_MB} MB.`);
      return;
    }
    const reader = new FileReader();
    setReading(true);
    reader.onload = () => {
      setReading(false);
      onChange(typeof reader.result === "string" ? reader.result : "");
    };
    reader.onerror = () => {
      setReading(false);
      setFileError(`${file.name} could not be read; check that it is a text file and try again.`);
    };
    reader.readAsText(file);
  }

  return (
    <div className="space-y-1">
      <label htmlFor={textId} className="block text-sm font-medium">
        CSV data
      </label>
      <div id={hintId} className="text-xs text-muted">
        <p>
          Columns: <code>year</code> (YYYY) or <code>date</code> (YYYY, YYYY-MM or YYYY-MM-DD, one granularity per
          file), <code>value</code>, and optionally <code>source</code> and <code>notes</code>. One row per date; leave
          a value empty where there is no figure; write numbers without thousands separators. At most{" "}
          {CSV_LIMITS.maxRows.toLocaleString("en-US")} rows and {MAX_MB} MB.
        </p>
        <p className="mt-1">Example:</p>
        <pre className="mt-0.5 overflow-x-auto rounded bg-canvas px-2 py-1 font-mono text-[11px] text-ink">
          {EXAMPLE}
        </pre>
      </div>
      <textarea
        id={textId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={8}
        spellCheck={false}
        placeholder="Paste CSV here, or choose a file below"
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, hintId].filter(Boolean).join(" ")}
        className="w-full rounded-md border border-line bg-surface px-2.5 py-1.5 font-mono text-xs aria-invalid:border-danger"
      />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={fileId} className="font-medium">
          Or read a file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? fileErrorId : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) readFile(file);
          }}
          className="text-xs file:mr-2 file:rounded-md file:border file:border-line file:bg-surface file:px-2 file:py-1 file:text-sm"
        />
        {reading && (
          <span role="status" className="text-xs text-muted">
            Reading the file…
          </span>
        )}
      </div>
      {fileError && (
        <p id={fileErrorId} className="text-sm text-danger">
          {fileError}
        </p>
      )}
    </div>
  );
}
