// The look every PDF of the app shares (NL Design System-like, calm, Roboto), the fingerprint
// footer, and pdfmake's set-up: only our own font files, never a URL.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '$lib/language';
import { m } from '$lib/paraglide/messages';

const require = createRequire(import.meta.url);
const fontDirectory = dirname(require.resolve('pdfmake/fonts/Roboto.js'));
let configured = false;

export function configure() {
	if (configured) return;
	pdfmake.setFonts({
		Roboto: {
			normal: `${fontDirectory}/Roboto/Roboto-Regular.ttf`,
			bold: `${fontDirectory}/Roboto/Roboto-Medium.ttf`,
			italics: `${fontDirectory}/Roboto/Roboto-Italic.ttf`,
			bolditalics: `${fontDirectory}/Roboto/Roboto-MediumItalic.ttf`
		}
	});
	// Never fetch anything: no URLs, only our own font files.
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDirectory));
	configured = true;
}

export const PRIMARY = '#154273';
export const escapeXml = (text: string) =>
	text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!
	);

/** Every page's footer: the fingerprint, where to check it, and the page number. */
export function fingerprintFooter(
	{ fingerprint, verifyUrl }: { fingerprint: string; verifyUrl: string },
	locale: Language
): TDocumentDefinitions['footer'] {
	return (page: number, pages: number) => ({
		margin: [45, 10, 45, 0],
		columns: [
			{
				stack: [
					{ text: `${m.export_fingerprint({}, { locale })}: ${fingerprint}`, style: 'footer' },
					{ text: m.export_fingerprint_hint({ url: verifyUrl }, { locale }), style: 'footer' }
				]
			},
			{
				text: m.export_page({ page, pages }, { locale }),
				alignment: 'right',
				width: 90,
				style: 'footer'
			}
		]
	});
}

/** The look every PDF of the app shares: NL Design System-like, calm, Roboto. */
export const DOCUMENT_STYLE: Pick<TDocumentDefinitions, 'defaultStyle' | 'styles'> = {
	defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: '#1a1a1a' },
	styles: {
		kicker: { fontSize: 10, color: '#4a4a4a', margin: [0, 0, 0, 4] },
		title: { fontSize: 24, bold: true, color: PRIMARY, margin: [0, 0, 0, 4] },
		subtitle: { fontSize: 14, color: PRIMARY, margin: [0, 0, 0, 16] },
		h2: { fontSize: 14, bold: true, color: PRIMARY, margin: [0, 14, 0, 6] },
		h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
		tableHeader: { bold: true, fillColor: '#e8eef5', color: '#1a1a1a' },
		table: { fontSize: 9.5 },
		small: { fontSize: 8.5, color: '#4a4a4a' },
		muted: { color: '#4a4a4a', italics: true },
		footer: { fontSize: 7.5, color: '#4a4a4a' }
	}
};
