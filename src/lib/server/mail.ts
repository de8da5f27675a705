// E-mail, when the installation has an SMTP server (SMTP_URL, e.g. smtp://user:pass@host:587).
// Without one nothing is sent and nothing breaks: every caller also shows what it would have sent
// (an invitation link, a reminder in the action list). Nodemailer does the SMTP work.
import nodemailer, { type Transporter } from 'nodemailer';
import { errorFields, logger } from './log.js';
import { countMail } from './metrics/record';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

/** `off`: no SMTP server configured; `failed`: the server did not take it (logged). */
export type MailOutcome = 'sent' | 'off' | 'failed';

let transport: { url: string; transporter: Transporter } | null = null;

function transporter(): Transporter | null {
	const url = process.env.SMTP_URL;
	if (!url) return null;
	if (transport?.url !== url) {
		// Nodemailer waits up to 10 minutes for a silent server by default: a minute is plenty.
		// (The URL's own parameters still win.)
		const options = {
			url,
			connectionTimeout: 30_000,
			greetingTimeout: 30_000,
			socketTimeout: 60_000
		};
		transport = { url, transporter: nodemailer.createTransport(options) };
	}
	return transport.transporter;
}

export const mailConfigured = (): boolean => Boolean(process.env.SMTP_URL);

export async function sendMail(mail: Mail): Promise<MailOutcome> {
	const smtp = transporter();
	if (!smtp) return 'off';
	try {
		await smtp.sendMail({
			from: process.env.MAIL_FROM ?? 'Goed Digitaal Bestuur <noreply@localhost>',
			...mail
		});
		countMail('sent');
		return 'sent';
	} catch (error) {
		// One line, no content: the address and the text are personal data, and so may be the
		// SMTP server's message (it quotes addresses): its class and code only.
		logger().error({ err: errorFields(error) }, 'mail not sent');
		countMail('failed');
		return 'failed';
	}
}
