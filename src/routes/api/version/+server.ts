import { json } from '@sveltejs/kit';
import { version } from '$lib/server/health';

/** The release, its commit, when it was built and the database's schema level. */
export const GET = () => json(version());
