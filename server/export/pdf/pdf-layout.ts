import PDFDocument from "pdfkit";

/** Where the two bundled faces are (DejaVu Sans: every accent of Spanish names, and far more). */
export interface BriefFonts {
  regular: PDFKit.Mixins.PDFFontSource;
  bold: PDFKit.Mixins.PDFFontSource;
}

/** Colours of print: ink, muted text, rules and the accent (the page's own, from globals.css). */
export const INK = "#1f2328";
export const MUTED = "#57606a";
export const RULE = "#d0d7de";
export const ACCENT = "#0b5cad";

const MARGIN = { top: 64, bottom: 60, left: 54, right: 54 };
const BODY_SIZE = 9.5;

interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  indent?: number;
  gap?: number;
  width?: number;
}

/**
 * A thin layer over PDFKit for a report that flows from page to page: headings that never end
 * a page, paragraphs, bullets, and a header and page numbers added once every page exists.
 * Every string goes in with `text()`, which writes it as it is: nothing is read as markup.
 */
export class PdfLayout {
  readonly doc: PDFKit.PDFDocument;

  constructor(fonts: BriefFonts, info: { title: string; createdAt: Date }) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      bufferPages: true,
      info: { Title: info.title, Creator: "Mesa", CreationDate: info.createdAt },
      lang: "en",
      displayTitle: true,
    });
    // Every string is set in the bundled face: PDFKit's default Helvetica has no glyph beyond Latin-1.
    this.doc.registerFont("body", fonts.regular);
    this.doc.registerFont("bold", fonts.bold);
    this.doc.font("body").fontSize(BODY_SIZE).fillColor(INK);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get y(): number {
    return this.doc.y;
  }

  style({ size = BODY_SIZE, bold = false, color = INK }: TextStyle = {}): this {
    this.doc
      .font(bold ? "bold" : "body")
      .fontSize(size)
      .fillColor(color);
    return this;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heightOf(text: string, style: TextStyle = {}): number {
    this.style(style);
    return this.doc.heightOfString(text, { width: style.width ?? this.width - (style.indent ?? 0) });
  }

  /** A section heading, kept with at least `keep` points of what follows. */
  heading(text: string, { level = 1, keep = 60 }: { level?: 1 | 2 | 3; keep?: number } = {}): void {
    const size = level === 1 ? 15 : level === 2 ? 11.5 : 10;
    const gapBefore = level === 1 ? 10 : 6;
    this.ensureSpace(this.heightOf(text, { size, bold: true }) + gapBefore + keep);
    if (this.doc.y > this.doc.page.margins.top) this.doc.y += gapBefore;
    if (level === 1) this.doc.outline.addItem(text);
    this.paragraph(text, { size, bold: true, color: level === 1 ? ACCENT : INK, gap: level === 1 ? 6 : 3 });
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const indent = style.indent ?? 0;
    this.style(style);
    this.doc.text(text, this.left + indent, this.doc.y, { width: style.width ?? this.width - indent });
    this.doc.y += style.gap ?? 4;
  }

  /** "Label: value" with the label in bold, as one paragraph. */
  labelled(label: string, value: string, style: TextStyle = {}): void {
    const indent = style.indent ?? 0;
    this.style({ ...style, bold: true });
    this.doc.text(`${label}: `, this.left + indent, this.doc.y, { width: this.width - indent, continued: true });
    this.style(style);
    this.doc.text(value);
    this.doc.y += style.gap ?? 2;
  }

  bullet(text: string, style: TextStyle = {}): void {
    const indent = (style.indent ?? 0) + 10;
    this.ensureSpace(Math.min(this.heightOf(text, { ...style, indent }), 40));
    const top = this.doc.y;
    this.style(style);
    this.doc.text("•", this.left + indent - 10, top, { lineBreak: false });
    this.doc.text(text, this.left + indent, top, { width: this.width - indent });
    this.doc.y += style.gap ?? 2;
  }

  rule(color = RULE): void {
    this.doc
      .moveTo(this.left, this.doc.y)
      .lineTo(this.left + this.width, this.doc.y)
      .lineWidth(0.5)
      .strokeColor(color)
      .stroke();
    this.doc.y += 6;
  }

  /** The workspace title on top of every page but the first, and "Page n of N" at the foot of all. */
  finishPages(title: string, stamp: string): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      this.doc.switchToPage(index);
      const { margins } = this.doc.page;
      // Writing inside the margins would otherwise make PDFKit start another page.
      const bottom = margins.bottom;
      margins.bottom = 0;
      this.style({ size: 7.5, color: MUTED });
      if (index > start) {
        this.doc.text(title, margins.left, 30, { width: this.width * 0.6, lineBreak: false, ellipsis: true });
        this.doc.text(stamp, margins.left + this.width * 0.6, 30, {
          width: this.width * 0.4,
          align: "right",
          lineBreak: false,
        });
      }
      this.doc.text(`Page ${index - start + 1} of ${count}`, margins.left, this.doc.page.height - 36, {
        width: this.width,
        align: "center",
        lineBreak: false,
      });
      margins.bottom = bottom;
    }
  }

  /** The finished file. */
  end(): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      this.doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
      this.doc.on("error", reject);
      this.doc.end();
    });
  }
}
