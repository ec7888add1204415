import { ROLES, type Role } from "../../lib/contract";
import { resolveSecret } from "../config";
import { tokenKey } from "../auth/tokens";
import { openSqliteStore } from "../store/sqlite-store";
import { createLink } from "../workspaces/create-workspace";
import { CommandError, UsageError, type CommandContext } from "./command";

const LABEL_LENGTH = 80;

/** `link <workspaceId> --role <role> [--label …] [--expires <ISO date>]`: prints a new link. */
export async function linkCommand(
  context: CommandContext,
  workspaceId: string,
  options: { role?: string; label?: string; expires?: string },
): Promise<number> {
  const role = parseRole(options.role);
  const label = parseLabel(options.label);
  const expiresAt = parseExpiry(options.expires);
  const { config, output } = context;
  const store = openSqliteStore(config.dataDir, { snapshotsKept: config.snapshotsKept });
  try {
    if ((await store.getWorkspace(workspaceId)) === undefined) {
      throw new CommandError(`Workspace ${workspaceId} does not exist in ${config.dataDir}.`);
    }
    const key = tokenKey(resolveSecret(config.dataDir, config.appSecret));
    const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
    const created = await createLink({ store, key, publicUrl }, { workspaceId, role, label, expiresAt });
    output.out(created.url);
    const until = expiresAt === null ? "no expiry" : `expires ${new Date(expiresAt).toISOString()}`;
    output.err(
      `New ${role} link "${created.link.label}" (id ${created.link.id}, ${until}) for workspace ${workspaceId}.`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

function parseRole(value: string | undefined): Role {
  if (value === undefined) throw new UsageError(`link needs --role (one of ${ROLES.join(", ")}).`);
  const role = ROLES.find((candidate) => candidate === value);
  if (role === undefined) throw new UsageError(`--role must be one of ${ROLES.join(", ")}, not "${value}".`);
  return role;
}

function parseLabel(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // Control characters would reach the facilitator's link list as they are.
  const label = value.replace(/\p{Cc}/gu, "").trim();
  if (label.length === 0 || label.length > LABEL_LENGTH) {
    throw new UsageError(`--label must be 1–${LABEL_LENGTH} visible characters.`);
  }
  return label;
}

function parseExpiry(value: string | undefined, now = Date.now()): number | null {
  if (value === undefined) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw new UsageError(`--expires must be an ISO date such as 2027-01-31 or 2027-01-31T18:00Z.`);
  if (at <= now) throw new UsageError(`--expires ${value} is in the past.`);
  return at;
}
