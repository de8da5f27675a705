import QRCode from 'qrcode';
import { joinPath } from '$lib/join-code';

/**
 * An address of this app as people outside the server reach it (phones, a PDF's reader). ORIGIN
 * is what the app is reachable at from the room (for example http://192.168.1.20:3000 on a
 * laptop); without it, the address the page was opened at.
 */
export function publicUrl(requestUrl: URL, path: string): string {
	return new URL(path, process.env.ORIGIN || requestUrl.origin).href;
}

/** The address phones open to join this workshop. */
export function joinUrl(requestUrl: URL, joinCode: string): string {
	return publicUrl(requestUrl, joinPath(joinCode));
}

/** A QR code for the join link, as a self-contained SVG document. */
export function joinQrSvg(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}

/** The same QR code as a data: URL for an <img>, so pages need no {@html}. */
export async function joinQrDataUrl(url: string): Promise<string> {
	return `data:image/svg+xml,${encodeURIComponent(await joinQrSvg(url))}`;
}
