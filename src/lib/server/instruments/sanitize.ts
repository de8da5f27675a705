// An instrument's explanations are HTML written by its publisher. They reach every screen, so they
// pass an allow-list (sanitize-html, a well-kept library, rather than our own parser): paragraphs,
// emphasis, lists and links (http, https, mailto; opened in a new tab without the opener). A text
// that holds what the allow-list exists to stop (scripts, frames, forms, styles, event handlers,
// script URLs) is refused by the importer rather than silently cleaned: such a file is not what
// its publisher publishes.
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [
		'p',
		'br',
		'strong',
		'em',
		'b',
		'i',
		'u',
		'ul',
		'ol',
		'li',
		'a',
		'div',
		'span',
		'sub',
		'sup'
	],
	allowedAttributes: { a: ['href', 'target', 'rel'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer' })
	},
	// Empty icons (the publisher's `<span class="icon" role="img">`) say nothing without their CSS.
	exclusiveFilter: (frame) => frame.tag === 'span' && !frame.text.trim()
};

const FORBIDDEN = new Set(
	'script style iframe frame frameset object embed form input button textarea select svg math link meta base img video audio template noscript'.split(
		' '
	)
);
const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/))/i;

/** Whether this text holds markup the allow-list exists to stop (tags, handlers, script URLs). */
export function isHostile(html: string): boolean {
	let hostile = false;
	sanitizeHtml(html, {
		allowedTags: false,
		allowedAttributes: false,
		onOpenTag: (name, attributes) => {
			if (FORBIDDEN.has(name.toLowerCase())) hostile = true;
			for (const [attribute, value] of Object.entries(attributes)) {
				const lower = attribute.toLowerCase();
				if (lower.startsWith('on') || lower === 'style' || lower === 'srcdoc') hostile = true;
				if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(lower)) {
					if (!SAFE_URL.test(value.trim())) hostile = true;
				}
			}
		}
	});
	return hostile;
}

const BLOCK = /^<(p|ul|ol|div|li)\b/i;

/**
 * The text as safe HTML: blank lines separate paragraphs (as the publishers write their YAML),
 * and the allow-list keeps what may pass.
 */
export function safeHtml(text: string | undefined | null): string {
	if (!text) return '';
	const blocks = text
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.filter(Boolean)
		.map((block) => (BLOCK.test(block) ? block : `<p>${block}</p>`));
	return sanitizeHtml(blocks.join('\n'), OPTIONS);
}

/** The text without markup (titles, PDFs, the beamer's one-line context). */
export function plainText(html: string): string {
	return sanitizeHtml(html.replace(/<\/(p|li|div)>/gi, '$&\n'), {
		allowedTags: [],
		allowedAttributes: {}
	})
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/[ \t]+/g, ' ')
		.replace(/\n\s*\n+/g, '\n')
		.trim();
}
