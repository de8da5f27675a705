// Talking to a load-generating worker process: each message gets an id, and its answers carry it.
let nextId = 0;

export const newRequestId = () => nextId++;

/** Resolves with the worker's next message of this type that answers the request with this id. */
export function replyTo(worker, id, type) {
	return new Promise((resolve) => {
		const listener = (reply) => {
			if (reply.id !== id || reply.type !== type) return;
			worker.off('message', listener);
			resolve(reply);
		};
		worker.on('message', listener);
	});
}

/** Sends a message to a worker and resolves with its answer of type `answer`. */
export function request(worker, message, answer) {
	const id = newRequestId();
	const reply = replyTo(worker, id, answer);
	worker.send({ ...message, id });
	return reply;
}
