/** Parses a Cookie request header; malformed pairs are skipped, never thrown on. */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
	const cookies = new Map<string, string>();
	if (!header) return cookies;
	for (const pair of header.split(';')) {
		const separator = pair.indexOf('=');
		if (separator < 1) continue;
		const name = pair.slice(0, separator).trim();
		let value = pair.slice(separator + 1).trim();
		if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
		try {
			value = decodeURIComponent(value);
		} catch {
			continue;
		}
		if (!cookies.has(name)) cookies.set(name, value);
	}
	return cookies;
}
