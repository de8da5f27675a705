import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * A self-signed certificate for localhost (and 127.0.0.1), valid for a day, made with openssl in
 * `dir` as cert.pem and key.pem: the TLS proxy's and the OpenID provider's in the e2e tests.
 */
export function makeTestCertificate(dir: string): { cert: string; key: string } {
	const cert = join(dir, 'cert.pem');
	const key = join(dir, 'key.pem');
	execFileSync(
		'openssl',
		['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost']
			.concat(['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'])
			.concat(['-keyout', key, '-out', cert]),
		{ stdio: 'ignore' }
	);
	return { cert, key };
}
