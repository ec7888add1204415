/**
 * Chart export without a new dependency: the plot's SVG is serialised (CSS variables resolved,
 * since an SVG drawn as an image sees no page styles), drawn into a canvas at twice its size
 * with the title, legend and source line around it, and downloaded as a PNG.
 */

export interface PngLegendItem {
  label: string;
  color: string;
  dash: string;
}

export interface ChartPngSpec {
  /** The element holding the chart's Recharts SVG. */
  plot: HTMLElement;
  title: string;
  subtitle: string;
  legend: readonly PngLegendItem[];
  /** Extra key lines under the legend, e.g. the context events shown. */
  notes: readonly string[];
  source: string;
}

const SCALE = 2;
const PAD = 20;
const MIN_WIDTH = 560;
const INK = "#1b1f24";
const MUTED = "#57606a";

function resolveVars(value: string, styles: CSSStyleDeclaration): string {
  return value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => styles.getPropertyValue(name).trim() || INK);
}

function serialisePlot(plot: HTMLElement): { markup: string; width: number; height: number; font: string } {
  const svg = plot.querySelector<SVGSVGElement>("svg.recharts-surface");
  if (!svg) throw new Error("The chart has not been drawn yet; wait a moment and try again.");
  const root = getComputedStyle(document.documentElement);
  const font = getComputedStyle(svg).fontFamily;
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // The hover cursor and active dot belong to the pointer, not to the picture.
  clone.querySelectorAll(".recharts-tooltip-cursor, .recharts-active-dot").forEach((node) => node.remove());
  for (const element of [clone, ...clone.querySelectorAll("*")]) {
    for (const attribute of ["fill", "stroke", "style"]) {
      const value = element.getAttribute(attribute);
      if (value?.includes("var(")) element.setAttribute(attribute, resolveVars(value, root));
    }
  }
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  clone.setAttribute("font-family", font);
  clone.removeAttribute("style");
  return { markup: new XMLSerializer().serializeToString(clone), width, height: height, font };
}

function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

async function loadImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Paints title, plot (once its image is loaded), legend, notes and source; returns the height used. */
function paint(
  context: CanvasRenderingContext2D,
  spec: ChartPngSpec,
  plot: { width: number; height: number; font: string; image?: HTMLImageElement },
  width: number,
): number {
  const inner = width - PAD * 2;
  let y = PAD;
  const text = (value: string, size: number, color: string, weight = 400) => {
    context.font = `${weight} ${size}px ${plot.font}`;
    context.fillStyle = color;
    for (const line of wrap(context, value, inner)) {
      context.fillText(line, PAD, y + size);
      y += size * 1.35;
    }
  };
  text(spec.title, 17, INK, 600);
  text(spec.subtitle, 12, MUTED);
  y += 6;
  if (plot.image) context.drawImage(plot.image, PAD, y, plot.width, plot.height);
  y += plot.height + 10;
  context.font = `400 12px ${plot.font}`;
  let x = PAD;
  for (const item of spec.legend) {
    const itemWidth = 28 + context.measureText(item.label).width + 16;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += 18;
    }
    context.strokeStyle = resolveVars(item.color, getComputedStyle(document.documentElement));
    context.lineWidth = 2.5;
    context.setLineDash(item.dash ? item.dash.split(" ").map(Number) : []);
    context.beginPath();
    context.moveTo(x, y + 8);
    context.lineTo(x + 22, y + 8);
    context.stroke();
    context.fillStyle = INK;
    context.fillText(item.label, x + 28, y + 12);
    x += itemWidth;
  }
  context.setLineDash([]);
  y += 24;
  for (const note of spec.notes) text(note, 11, MUTED);
  y += 4;
  text(spec.source, 10, MUTED);
  return y + PAD;
}

export async function chartPng(spec: ChartPngSpec): Promise<Blob> {
  const plot = serialisePlot(spec.plot);
  const image = await loadImage(plot.markup);
  const width = Math.max(plot.width + PAD * 2, MIN_WIDTH);
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw into a canvas.");
  const height = paint(context, spec, plot, width);
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  context.scale(SCALE, SCALE);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  paint(context, spec, { ...plot, image }, width);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The browser could not encode the PNG."))),
      "image/png",
    ),
  );
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by the next task; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
