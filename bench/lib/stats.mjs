export function percentile(sorted, p) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summary(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return {
		count: sorted.length,
		p50: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		p99: percentile(sorted, 99),
		max: sorted.at(-1) ?? NaN
	};
}

const format = (value) =>
	typeof value === 'number'
		? Number.isInteger(value)
			? String(value)
			: value.toFixed(1)
		: String(value);

/** Prints rows as a Markdown table (pastes straight into the README). */
export function printTable(title, rows) {
	const columns = Object.keys(rows[0] ?? {});
	console.log(`\n### ${title}\n`);
	console.log(`| ${columns.join(' | ')} |`);
	console.log(`| ${columns.map(() => '---').join(' | ')} |`);
	for (const row of rows) console.log(`| ${columns.map((c) => format(row[c])).join(' | ')} |`);
}
