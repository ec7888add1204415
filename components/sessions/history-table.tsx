import type { WorkspaceSnapshot } from "@/lib/collab";
import type { RecordedOutcome, SessionDetail } from "@/lib/contract/sessions";
import { FlagBadge } from "./flag-badge";
import { DistributionBar } from "./distribution-bar";
import { medianText, targetName, valueText } from "./target-text";

interface HistoryTableProps {
  detail: SessionDetail;
  snapshot: WorkspaceSnapshot;
  outcomes: Record<string, RecordedOutcome>;
}

/** One row per target, one column per round: counts per value, median and flag, then what was recorded. */
export function HistoryTable({ detail, snapshot, outcomes }: HistoryTableProps) {
  const keys = [...new Set(detail.history.flatMap((round) => round.results.map((entry) => entry.key)))];
  if (keys.length === 0) return <p className="text-sm text-muted">No round of this session was closed.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">{detail.title}: results per target and round</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-3 font-semibold">
              Target
            </th>
            {detail.history.map((round) => (
              <th key={round.round} scope="col" className="py-1 pr-3 font-semibold">
                Round {round.round}
              </th>
            ))}
            <th scope="col" className="py-1 font-semibold">
              Recorded
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const target = detail.history.flatMap((round) => round.results).find((entry) => entry.key === key)?.target;
            if (!target) return null;
            return (
              <tr key={key} className="border-b border-line align-top last:border-b-0">
                <th scope="row" className="py-1.5 pr-3 font-medium">
                  {targetName(target, snapshot) ?? <span className="text-muted italic">Removed</span>}
                </th>
                {detail.history.map((round) => {
                  const result = round.results.find((entry) => entry.key === key)?.results;
                  return (
                    <td key={round.round} className="py-1.5 pr-3">
                      {result ? (
                        <div className="w-44 space-y-1">
                          <DistributionBar target={target} result={result} size="small" />
                          <span className="flex flex-wrap items-center gap-1">
                            <span className="text-muted">median {medianText(target, result)}</span>
                            <FlagBadge
                              flag={result.flag}
                              n={result.n}
                              minAnswers={detail.rule.minAnswers}
                              size="small"
                            />
                          </span>
                        </div>
                      ) : (
                        <span className="text-muted">–</span>
                      )}
                    </td>
                  );
                })}
                <td className="py-1.5">{recordedText(detail, key, outcomes[key])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The session's last recording of a target, from its history; "reverted" once taken back. */
function recordedText(detail: SessionDetail, key: string, current: RecordedOutcome | undefined): string {
  const last = detail.recordings?.filter((entry) => entry.key === key).at(-1);
  if (last) {
    const text = `${valueText(last.value)} (round ${last.round}, by ${last.recordedBy})`;
    return last.revertedAt === null ? text : `${text}, reverted`;
  }
  return current?.sessionId === detail.id ? `${valueText(current.value)} (round ${current.round})` : "–";
}
