/** What the page loads on demand for rating sessions (one script for both places it shows). */
export { SessionPanel } from "./session-panel";
export { SessionHistory } from "./session-history";
export { RevealBoard, type RevealBoardProps, type RevealItem } from "./reveal-board";
