// Participant text in Markdown is text: Markdown and HTML characters are escaped so nothing renders
// as markup, and a line break never splits a table row. Shared by the document (./markdown.ts) and
// the step kinds' sections.
import { LINE_BREAK } from './line-breaks';

export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(LINE_BREAK, ' ');
}

/** A section's heading and a blank line; "None" under it when it has nothing. */
export const heading = (text: string, empty?: string): string[] =>
	empty === undefined ? [`## ${text}`, ''] : [`## ${text}`, '', empty, ''];
