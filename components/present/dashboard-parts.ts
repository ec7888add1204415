import type { ComponentType } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import type { RevealBoardProps } from "@/components/sessions/session-parts";

/**
 * Slides drawn with components the page's own script already holds (the matrix grid, the
 * scores), handed to present mode by the dashboard instead of imported by it. The bundler puts
 * a module that two scripts share into a third file, which the page would then load before
 * the matrix is ready; handing them in keeps the page's script as it was. The reveal board
 * comes the same way, as a loader of the sessions' own deferred script.
 */
export interface DashboardParts {
  MatrixSlide: ComponentType<{ snapshot: WorkspaceSnapshot }>;
  ScoresSlide: ComponentType<{ snapshot: WorkspaceSnapshot }>;
  RevealBoard: ComponentType<RevealBoardProps>;
}
