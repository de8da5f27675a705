/**
 * Fetches a piece of the app that is loaded on demand (a step's screen, a form behind a
 * disclosure). A phone on a bad network may fail to fetch it: it tries again after 2, 4 and 6
 * seconds, then reports the failure. Returns a cancel function (an effect's teardown), after which
 * neither callback runs.
 */
export function fetchChunk<T>(
	from: () => Promise<T>,
	on: { loaded: (module: T) => void; failed: () => void },
	retries = 3
): () => void {
	let cancelled = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const attempt = (n: number) => {
		from().then(
			(module) => {
				if (!cancelled) on.loaded(module);
			},
			() => {
				if (cancelled) return;
				if (n < retries) timer = setTimeout(() => attempt(n + 1), 2000 * (n + 1));
				else on.failed();
			}
		);
	};
	attempt(0);
	return () => {
		cancelled = true;
		clearTimeout(timer);
	};
}
