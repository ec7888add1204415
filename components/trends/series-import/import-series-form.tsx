"use client";

import { useId, useRef, useState } from "react";
import { csvProblemSummary, importCsv, type CsvProblem } from "@/lib/domain/csv-import";
import { IMPORTED_SERIES_LIMITS, type ImportedSeries } from "@/lib/domain/imported-series";
import { SERIES_UNITS, type SeriesUnit } from "@/lib/domain/series";
import { ApiError } from "@/lib/client/api";
import { useImportSeries, type SeriesChangeScope } from "@/lib/client/use-series-changes";
import { Button } from "@/components/ui/button";
import { CsvInput } from "./csv-input";
import { CsvProblemList } from "./csv-problem-list";
import { FormField, INPUT_CLASS } from "./form-field";
import { UNIT_LABEL } from "./series-chart";

type FieldName = "title" | "unit" | "source" | "description";
type FieldErrors = Partial<Record<FieldName | "general", string>>;

interface ImportSeriesFormProps {
  scope: SeriesChangeScope;
  onImported: (series: ImportedSeries) => void;
  onCancel: () => void;
}

const FIELDS: readonly string[] = ["title", "unit", "source", "description"];

/**
 * Title, unit, source and the CSV. The CSV is checked here first and again by the server;
 * either way every problem is listed with its line and column and nothing is imported.
 */
export function ImportSeriesForm({ scope, onImported, onCancel }: ImportSeriesFormProps) {
  const [title, setTitle] = useState("");
  const [unit, setUnit] = useState<SeriesUnit>("count");
  const [source, setSource] = useState("");
  const [description, setDescription] = useState("");
  const [csv, setCsv] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<{ summary: string; list: readonly CsvProblem[] } | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const problemsId = useId();
  const importSeries = useImportSeries(scope);

  function showServerError(error: Error) {
    if (error instanceof ApiError && error.problems.length > 0) {
      setProblems({ summary: error.message, list: error.problems });
    } else if (error instanceof ApiError && error.field && FIELDS.includes(error.field)) {
      setErrors({ [error.field]: error.message });
    } else {
      setErrors({ general: `The series was not imported: ${error.message}` });
    }
  }

  function submit() {
    const found: FieldErrors = title.trim() === "" ? { title: "Give the series a title." } : {};
    const checked = importCsv(csv);
    setErrors(found);
    setProblems(checked.ok ? null : { summary: csvProblemSummary(checked), list: checked.problems });
    if (found.title && checked.ok) titleRef.current?.focus();
    if (found.title || !checked.ok) return;
    importSeries.mutate(
      {
        title: title.trim(),
        unit,
        source: source.trim() || undefined,
        description: description.trim() || undefined,
        csv,
      },
      { onSuccess: onImported, onError: showServerError },
    );
  }

  return (
    <form
      aria-label="Import a series"
      className="space-y-3 rounded-md border border-line bg-canvas/60 p-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <FormField label="Title" error={errors.title}>
          {(control) => (
            <input
              {...control}
              ref={titleRef}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              maxLength={IMPORTED_SERIES_LIMITS.titleLength}
              autoFocus
              className={INPUT_CLASS}
            />
          )}
        </FormField>
        <FormField label="Unit" error={errors.unit}>
          {(control) => (
            <select
              {...control}
              value={unit}
              onChange={(event) => setUnit(event.target.value as SeriesUnit)}
              className={INPUT_CLASS}
            >
              {SERIES_UNITS.map((choice) => (
                <option key={choice} value={choice}>
                  {UNIT_LABEL[choice]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label="Source"
          hint="Who published the figures. Needed unless every row names its own source."
          error={errors.source}
        >
          {(control) => (
            <input
              {...control}
              value={source}
              onChange={(event) => setSource(event.target.value)}
              maxLength={IMPORTED_SERIES_LIMITS.sourceLength}
              className={INPUT_CLASS}
            />
          )}
        </FormField>
        <FormField label="Description (optional)" error={errors.description}>
          {(control) => (
            <textarea
              {...control}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              maxLength={IMPORTED_SERIES_LIMITS.descriptionLength}
              rows={2}
              className={INPUT_CLASS}
            />
          )}
        </FormField>
      </div>
      <CsvInput
        value={csv}
        onChange={setCsv}
        invalid={problems !== null}
        describedBy={problems ? problemsId : undefined}
      />
      {problems && <CsvProblemList id={problemsId} summary={problems.summary} problems={problems.list} />}
      {errors.general && (
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          {errors.general}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={importSeries.isPending}>
          {importSeries.isPending ? "Importing…" : "Import series"}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
