// The image's HEALTHCHECK: exit 0 when this process's /readyz answers 200 within 4 s, else 1.
// Plain Node.js, as the runtime image has no curl or wget.
const port = process.env.PORT ?? '3000';
try {
	const response = await fetch(`http://127.0.0.1:${port}/readyz`, {
		signal: AbortSignal.timeout(4000)
	});
	process.exit(response.status === 200 ? 0 : 1);
} catch {
	process.exit(1);
}
