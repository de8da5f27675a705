// The look every PDF of the app shares (NL Design System-like, calm, Roboto), the fingerprint
// footer, and pdfmake's set-up: only our own font files, never a URL.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
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

/**
 * An organisation's look on paper: its accent colour (checked at 4.5:1 on white when its theme
 * was loaded) and its logo (a PNG or JPEG, as a data URL: pdfmake reads it, fetches nothing).
 */
export interface PdfLook {
	accent: string;
	logo: { dataUrl: string; alt: string } | null;
}

/** The look every PDF of the app shares: NL Design System-like, calm, Roboto; in an organisation's accent. */
export function documentStyle(
	look: PdfLook | null | undefined
): Pick<TDocumentDefinitions, 'defaultStyle' | 'styles'> {
	const accent = look?.accent ?? PRIMARY;
	return {
		...DOCUMENT_STYLE,
		styles: {
			...DOCUMENT_STYLE.styles,
			title: { ...DOCUMENT_STYLE.styles!.title, color: accent },
			subtitle: { ...DOCUMENT_STYLE.styles!.subtitle, color: accent },
			h2: { ...DOCUMENT_STYLE.styles!.h2, color: accent }
		}
	};
}

/** The organisation's logo at the top of the first page, when it has one. */
export function logoBlock(look: PdfLook | null | undefined): Content[] {
	if (!look?.logo) return [];
	return [{ image: look.logo.dataUrl, fit: [180, 48], margin: [0, 0, 0, 12] }];
}

const DOCUMENT_STYLE: Pick<TDocumentDefinitions, 'defaultStyle' | 'styles'> = {
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
