// Talking to a load-generating worker process: each message gets an id, and its answers carry it.
let nextId = 0;

export const newRequestId = () => nextId++;

/**
 * Resolves with the worker's next message of this type that answers the request with this id;
 * rejects when the worker exits first (a benchmark never waits for a process that is gone).
 */
export function replyTo(worker, id, type) {
	return new Promise((resolve, reject) => {
		const listener = (reply) => {
			if (reply.id !== id || reply.type !== type) return;
			done();
			resolve(reply);
		};
		const exited = (code, signal) => {
			done();
			reject(new Error(`load worker ${worker.pid} exited (${signal ?? code}) before "${type}"`));
		};
		const done = () => {
			worker.off('message', listener);
			worker.off('exit', exited);
		};
		worker.on('message', listener);
		worker.on('exit', exited);
	});
}

/** Sends a message to a worker and resolves with its answer of type `answer`. */
export function request(worker, message, answer) {
	const id = newRequestId();
	const reply = replyTo(worker, id, answer);
	worker.send({ ...message, id });
	return reply;
}
