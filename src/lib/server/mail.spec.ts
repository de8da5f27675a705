import { afterEach, describe, expect, it } from 'vitest';
import { sendMail } from './mail';
import { startSmtp, type TestSmtp } from './testing/smtp';

let smtp: TestSmtp | null = null;
afterEach(async () => {
	delete process.env.SMTP_URL;
	await smtp?.close();
	smtp = null;
});

describe('mail', () => {
	it('goes to the configured SMTP server, with Dutch characters intact', async () => {
		smtp = await startSmtp();
		process.env.SMTP_URL = smtp.url;
		const outcome = await sendMail({
			to: 'joëlle@gemeente.nl',
			subject: 'Uitnodiging: “Cameratoezicht”',
			text: 'Café-eigenaren praten mee.\nhttps://gdb.example/invitations/abc'
		});
		expect(outcome).toBe('sent');
		const mail = await smtp.next();
		expect(mail.subject).toBe('Uitnodiging: “Cameratoezicht”');
		expect(mail.text).toContain('Café-eigenaren praten mee.');
		expect(mail.to).toMatchObject({ text: 'joëlle@gemeente.nl' });
	});

	it('is not sent, and nothing breaks, without an SMTP server', async () => {
		expect(await sendMail({ to: 'a@b.nl', subject: 'x', text: 'y' })).toBe('off');
	});

	it('reports a server that does not answer as failed, without throwing', async () => {
		const closed = await startSmtp();
		process.env.SMTP_URL = closed.url;
		await closed.close();
		expect(await sendMail({ to: 'a@b.nl', subject: 'x', text: 'y' })).toBe('failed');
	});
});
