import { expect, type APIRequestContext } from "@playwright/test";
import type { CreatedWorkspace } from "./fixtures";

/**
 * Rating-session and link calls through the real API (as tests/server/helpers/sessions.ts
 * makes them), for specs that need a session or a link without driving a facilitator's page.
 */

export interface ApiPerson {
  token: string;
  participantToken: string;
  participantId: string;
}

type Json = Record<string, unknown>;

async function call(
  request: APIRequestContext,
  method: "POST" | "PUT",
  path: string,
  as: { token: string; participantToken?: string },
  data: Json = {},
  status = 200,
): Promise<Json> {
  const headers: Record<string, string> = { authorization: `Bearer ${as.token}` };
  if (as.participantToken) headers["x-participant-token"] = as.participantToken;
  const response = await request.fetch(path, { method, headers, data });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(status);
  return (await response.json()) as Json;
}

/** Registers a person under a link, as the page does when someone joins. */
export async function joinByApi(
  request: APIRequestContext,
  workspace: CreatedWorkspace,
  token: string,
  name: string,
): Promise<ApiPerson> {
  const body = await call(request, "POST", `/api/workspaces/${workspace.id}/participants`, { token }, { name }, 201);
  return { token, participantToken: String(body.participantToken), participantId: String(body.participantId) };
}

/** A viewer link minted by the facilitator; returns the page path that opens it. */
export async function viewerLink(
  request: APIRequestContext,
  workspace: CreatedWorkspace,
  body: { label: string; view?: "full" | "summary" },
): Promise<string> {
  const created = await call(
    request,
    "POST",
    `/api/workspaces/${workspace.id}/links`,
    { token: workspace.tokens.facilitator },
    { role: "viewer", ...body },
    201,
  );
  return `/w/${workspace.id}#token=${String(created.token)}`;
}

export type ApiTarget =
  | { kind: "cell"; areaId: string; optionId: string }
  | { kind: "threat"; threatId: string; field: "likelihood" | "impact" };

/** The facilitator's calls on one session. */
export class SessionByApi {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly base: string,
    private readonly facilitator: ApiPerson,
  ) {}

  /** Starts a session on `targets` and admits `people` to its first round. */
  static async start(
    request: APIRequestContext,
    workspace: CreatedWorkspace,
    facilitator: ApiPerson,
    body: { title: string; targets: ApiTarget[] },
    people: readonly ApiPerson[],
  ): Promise<SessionByApi> {
    const sessions = `/api/workspaces/${workspace.id}/sessions`;
    const opened = await call(request, "POST", sessions, facilitator, body, 201);
    const session = new SessionByApi(request, `${sessions}/${String(opened.id)}`, facilitator);
    for (const person of people) {
      await call(request, "POST", `${session.base}/participants/${person.participantId}/admit`, facilitator);
    }
    return session;
  }

  async answer(person: ApiPerson, target: ApiTarget, value: string | number, reason?: string): Promise<void> {
    await call(this.request, "PUT", `${this.base}/answers`, person, { target, value, reason });
  }

  async close(): Promise<void> {
    await call(this.request, "POST", `${this.base}/close`, this.facilitator);
  }

  /** Records the targets' medians. */
  async record(targets: ApiTarget[]): Promise<void> {
    await call(this.request, "POST", `${this.base}/record`, this.facilitator, {
      outcomes: targets.map((target) => ({ target })),
    });
  }

  async finish(): Promise<void> {
    await call(this.request, "POST", `${this.base}/finish`, this.facilitator);
  }
}
