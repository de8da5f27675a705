// Every way a participant's text can break a line. A lone CR, or Unicode's line and paragraph
// separators, would otherwise split an ICS event or a Markdown table row where the renderer only
// expected "\n".

/** CRLF, a lone CR or LF, NEL, vertical tab, form feed, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

export const normaliseLineBreaks = (text: string): string => text.replace(LINE_BREAK, '\n');

/** A copy of a JSON-like value with every string's line breaks made "\n". */
export function withNormalisedLineBreaks<T>(value: T): T {
	if (typeof value === 'string') return normaliseLineBreaks(value) as T;
	if (Array.isArray(value)) return value.map(withNormalisedLineBreaks) as T;
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, withNormalisedLineBreaks(item)])
		) as T;
	}
	return value;
}
