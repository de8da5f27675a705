// A section of the outcome's PDF and Markdown. Each step kind names the sections it adds (in its
// folder's `index.server.ts`), drawn from the canonical record; the documents put them in the order
// of the workshop's steps (./pdf.ts, ./markdown.ts).
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Language } from '$lib/language';
import type { Outcome } from './outcome';
import type { PdfLook } from './pdf-style';

export interface PdfOptions {
	fingerprint: string;
	verifyUrl: string;
	includeNames: boolean;
	generatedAt?: Date;
	/** The workshop's organisation's accent and logo, if it has its own look. */
	look?: PdfLook | null;
}

type Message = (input: Record<string, never>, options: { locale: Language }) => string;

/** What a section's PDF part is given: the outcome, the options and the document's helpers. */
export interface PdfBuild {
	outcome: Outcome;
	options: PdfOptions;
	/** A message without parameters, in the workshop's language. */
	t(message: Message): string;
	/** A table's header row (never wrapping inside "Gemiddelde (1–5)"). */
	header(cells: string[]): TableCell[];
	/** "None" in muted type, for an empty section. */
	none: Content;
	/** A score (a mean, a spread) as the workshop's language writes it. */
	score(value: number): string;
}

export interface ExportSection {
	/** Unique among the sections, so a section two kinds share appears once. */
	name: string;
	pdf(build: PdfBuild): Content[];
	markdown(outcome: Outcome): string[];
}
