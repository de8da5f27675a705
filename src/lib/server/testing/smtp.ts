// A real SMTP server on a free local port, for tests that send mail: what arrives is parsed with
// mailparser, exactly as it went over the wire. Never a mock of the transport.
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
	/** smtp://127.0.0.1:<port>, for SMTP_URL. */
	url: string;
	received: ParsedMail[];
	/** Resolves with the next message to arrive (or one that already did and was not taken). */
	next(): Promise<ParsedMail>;
	close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
	const received: ParsedMail[] = [];
	let taken = 0;
	const waiting: ((mail: ParsedMail) => void)[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, callback) {
			simpleParser(stream)
				.then((mail) => {
					received.push(mail);
					waiting.shift()?.(received[taken++]!);
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${port}`,
		received,
		next: () =>
			taken < received.length
				? Promise.resolve(received[taken++]!)
				: new Promise((resolve) => waiting.push(resolve)),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
