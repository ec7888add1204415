import type { BriefInput } from "./brief-input";

/** What the server thread and the PDF worker say to each other. */
export interface PdfJob {
  id: number;
  input: BriefInput;
}

export type PdfResult = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; message: string };
