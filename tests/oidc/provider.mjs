// A real OpenID provider for the sign-in tests (oidc-provider, certified): HTTPS with the test's
// own certificate, one confidential client, accounts made up from the login name, the provider's
// built-in login and consent pages. Usage:
//   node tests/oidc/provider.mjs <port> <cert.pem> <key.pem> <redirect uri> <post-logout uri> [mode]
// mode "late-clock": the provider's clock runs 2 minutes behind and ID tokens live 60 s, so every
// ID token it issues has expired; "wrong-audience": its ID tokens name another client as their
// audience. The scope "organisation" adds Entra ID's tenant (tid: by the login's domain) and app
// roles (roles: by the login's first word, "beheer.", "begeleid.", "kijk."). Prints "ready" when
// it listens.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import Provider from 'oidc-provider';

const [port, cert, key, redirectUri, postLogoutUri, mode = 'normal'] = process.argv.slice(2);
const CLIENT_ID = 'goed-digitaal-bestuur';
const CLIENT_SECRET = 'een-geheim-van-de-test-met-genoeg-lengte';

if (mode === 'late-clock') {
	const realNow = Date.now;
	Date.now = () => realNow() - 120_000;
}

const issuer = `https://localhost:${port}`;
const provider = new Provider(issuer, {
	clients: [
		{
			client_id: CLIENT_ID,
			client_secret: CLIENT_SECRET,
			redirect_uris: [redirectUri],
			post_logout_redirect_uris: [postLogoutUri],
			grant_types: ['authorization_code'],
			response_types: ['code'],
			token_endpoint_auth_method: process.env.OP_CLIENT_AUTH ?? 'client_secret_basic'
		}
	],
	async findAccount(_ctx, id) {
		const email = id.includes('@') ? id : `${id}@gemeente.example`;
		return {
			accountId: id,
			async claims() {
				return {
					sub: `subject-${id}`,
					email,
					email_verified: true,
					name: `Medewerker ${id.split('@')[0]}`,
					// As Entra ID sends them: the tenant, and the app roles assigned to the person.
					tid: id.endsWith('@provincie.example') ? 'tenant-provincie' : 'tenant-gemeente',
					roles: id.startsWith('beheer.')
						? ['GDB.Beheerder']
						: id.startsWith('kijk.')
							? ['GDB.Meekijker']
							: id.startsWith('begeleid.')
								? ['GDB.Begeleider']
								: ['Iets.Anders']
				};
			}
		};
	},
	claims: {
		openid: ['sub'],
		email: ['email', 'email_verified'],
		profile: ['name'],
		organisation: ['tid', 'roles']
	},
	ttl: mode === 'late-clock' ? { IdToken: 60 } : {},
	features: { rpInitiatedLogout: { enabled: true } },
	cookies: { keys: ['test-cookie-key-one'] }
});

if (mode === 'wrong-audience') {
	const issue = provider.IdToken.prototype.issue;
	provider.IdToken.prototype.issue = function (...args) {
		const client = this.client;
		this.client = Object.create(client, { clientId: { value: 'een-andere-toepassing' } });
		return issue.apply(this, args).finally(() => {
			this.client = client;
		});
	};
}

createServer({ cert: readFileSync(cert), key: readFileSync(key) }, provider.callback()).listen(
	Number(port),
	'127.0.0.1',
	() => console.log('ready')
);
