export { acquireSession, releaseSession, retainSession } from "@/lib/client/session-registry";

/**
 * The page's components are asked for from here, the script that opens the workspace's
 * socket, rather than beside it: a script asked for from another one leaves out what that one
 * already brought (the socket, the live document's code), where two scripts asked for side by
 * side would each carry their own copy.
 */
export const loadWorkspacePage = () => import("./workspace-page").then((module) => module.WorkspacePage);
