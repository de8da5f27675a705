import QRCode from 'qrcode';

/**
 * The address phones should open. ORIGIN is what the app is reachable at from the room (for
 * example http://192.168.1.20:3000 on a laptop); without it, the address the page was opened at.
 */
export function joinUrl(requestUrl: URL, joinCode: string): string {
	const origin = process.env.ORIGIN || requestUrl.origin;
	return new URL(`/j/${joinCode}`, origin).href;
}

/** A QR code for the join link, as a self-contained SVG document. */
export function joinQrSvg(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}
