// How dependency-cruiser resolves SvelteKit's `$lib` alias (read from tsconfig's generated paths,
// it is not resolved: every `$lib/...` import would go unchecked).
module.exports = { resolve: { alias: { $lib: `${__dirname}/src/lib` } } };
