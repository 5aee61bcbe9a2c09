/** One run of text as pdf.js places it: baseline origin (PDF units, y grows upwards) and advance width. */
export type PdfTextItem = Readonly<{ text: string; x: number; y: number; width: number; fontSize: number }>;

export type PdfPage = Readonly<{ index: number; items: readonly PdfTextItem[] }>;

/** A rebuilt visual line; `right` is where its last run ends, when known. */
export type PdfLine = Readonly<{ text: string; x: number; y: number; fontSize: number; page: number; right?: number }>;
