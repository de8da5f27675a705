// How large a request body may be. Plain JavaScript on purpose: server.js imports it before the
// SvelteKit handler, to set adapter-node's limit (BODY_SIZE_LIMIT, 512 KB unless set), which is
// one number for every route. Only importing an archive needs more; every other request is held to
// FORM_MAX_BYTES by the `handle` hook (src/hooks.server.ts).

/** The largest JSON archive that can be imported (a 4,000-card workshop is about 2 MB). */
export const ARCHIVE_MAX_BYTES = 20 * 1024 * 1024;

/** adapter-node's limit: an archive plus the multipart envelope around it. */
export const REQUEST_MAX_BYTES = ARCHIVE_MAX_BYTES + 1024 * 1024;

/** Any other form or request: the largest real one (a case description) is about 16 KB. */
export const FORM_MAX_BYTES = 256 * 1024;

/** The routes that take a body up to REQUEST_MAX_BYTES. */
export const LARGE_BODY_PATHS = ['/workshops/import'];
