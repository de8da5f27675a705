// Paging, when a step's content does not fit the beamer at a readable size: by itself every 12
// seconds, or by hand (arrow keys on the beamer, or the facilitator's dashboard), which pauses it.
// Made while the page sets up, so its timer lives and dies with the page.
const AUTO_PAGE_MS = 12_000;
const MANUAL_PAUSE_MS = 30_000;

export class Paging {
	/** How many pages the content needs (PagedFlow measures it). */
	pages = $state(1);
	#turned = $state({ step: 0, page: 0 });
	#pausedUntil = 0;

	/** @param step the current step's number: a new step starts at its first page, at once (not
	 *  a render later, which would slide the new content in from the old page). */
	constructor(private readonly step: () => number) {
		$effect(() => {
			if (this.pages <= 1) return;
			const timer = setInterval(() => {
				if (Date.now() >= this.#pausedUntil) this.turn(1, false);
			}, AUTO_PAGE_MS);
			return () => clearInterval(timer);
		});
	}

	/** The page shown (0-based). */
	get page() {
		return this.#turned.step === this.step() ? this.#turned.page : 0;
	}

	turn(delta: number, manual = true) {
		if (manual) this.#pausedUntil = Date.now() + MANUAL_PAUSE_MS;
		this.#turned = { step: this.step(), page: (this.page + delta + this.pages) % this.pages };
	}
}
