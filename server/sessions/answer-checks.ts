import { isOnScale } from "../../lib/domain/session-stats";
import { targetScale, type AnswerBody } from "../../lib/contract/sessions";
import { ApiError } from "../http/errors";
import type { Actor } from "./service";
import type { SessionState } from "./session-state";

/**
 * Why an answer is refused, if it is: a closed round (409), a target outside the round or a
 * value off its scale (400 naming the field), or someone who does not take part (403).
 */
export function checkAnswer(state: SessionState, key: string, body: AnswerBody, actor: Required<Actor>): void {
  const { session, current } = state;
  if (current.closedAt !== null) {
    throw new ApiError(409, "conflict", `Round ${session.round} is closed: answers are no longer taken.`);
  }
  const target = state.targets.find((entry) => entry.key === key);
  if (!target) throw new ApiError(400, "invalid_body", `This target is not part of round ${session.round}.`, "target");
  if (target.droppedAt !== null) {
    throw new ApiError(409, "conflict", "This target was removed from the workspace: it is no longer rated.");
  }
  const scale = targetScale(body.target);
  if (!isOnScale(scale, body.value)) {
    const allowed = scale === "level" ? '"high", "medium" or "low"' : "a whole number from 1 to 5";
    throw new ApiError(400, "invalid_body", `This target is rated ${allowed}, or "abstain".`, "value");
  }
  const participantId = actor.participant.id;
  if (actor.role === "facilitator" && !session.facilitatorTakesPart) {
    throw new ApiError(403, "forbidden", "The facilitator runs this session without answering.");
  }
  if (state.excluded.has(participantId)) {
    throw new ApiError(403, "forbidden", "The facilitator excluded you from this session.");
  }
  if (!state.eligible.includes(participantId) && session.admission !== "open") {
    throw new ApiError(
      403,
      "forbidden",
      "You joined after this round opened: ask the facilitator to admit you to the session.",
    );
  }
}
