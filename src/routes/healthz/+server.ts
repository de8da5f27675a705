import { json } from '@sveltejs/kit';

/** Liveness: the process answers. Nothing else is checked, so a busy database never restarts it. */
export const GET = () => json({ status: 'ok' });
