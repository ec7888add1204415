import type { Figure } from "../report";
import { coldLoad } from "./cold-load";
import type { ScenarioContext } from "./common";
import { docGrowth } from "./doc-growth";
import { manyRooms } from "./many-rooms";
import { page } from "./page";
import { pdfBrief } from "./pdf-brief";
import { storm } from "./storm";
import { viewers } from "./viewers";
import { workshop } from "./workshop";

export interface ScenarioRunner {
  title: string;
  run(context: ScenarioContext): Promise<Figure[]>;
}

export const SCENARIO_RUNNERS: Record<number, ScenarioRunner> = {
  1: { title: "one workshop room", run: workshop },
  2: { title: "many rooms", run: manyRooms },
  3: { title: "viewers on one room", run: viewers },
  4: { title: "reconnect storm after a restart", run: storm },
  5: { title: "cold load of a long update log", run: coldLoad },
  6: { title: "document growth", run: docGrowth },
  7: { title: "workspace page (production build, Chromium)", run: page },
  8: { title: "PDF brief while a room is edited", run: pdfBrief },
};
