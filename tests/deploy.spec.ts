/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML is untyped; each check below names the fields it expects */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse } from 'yaml';

// The Kubernetes manifests (deploy/kubernetes): no cluster runs here, so what can be checked
// without one is checked: they parse, and every container is what a hosting party asks for.
const DIR = 'deploy/kubernetes';
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');
const kustomization = parse(read('kustomization.yaml'));

type Doc = { kind: string; metadata: { name: string }; spec: Record<string, any> };
const documents: Doc[] = (kustomization.resources as string[]).flatMap((file) =>
	parseAllDocuments(read(file)).map((doc) => {
		expect(doc.errors).toEqual([]);
		return doc.toJS() as Doc;
	})
);
const byKind = (kind: string) => documents.filter((d) => d.kind === kind);
const podSpecOf = (doc: Doc) =>
	doc.kind === 'CronJob' ? doc.spec.jobTemplate.spec.template.spec : doc.spec.template.spec;
const workloads = documents.filter((d) =>
	['StatefulSet', 'CronJob', 'Deployment'].includes(d.kind)
);
const containers = workloads.flatMap((d) =>
	(podSpecOf(d).containers as any[]).map((c) => ({ workload: d, container: c }))
);
const envFile = (file: string) =>
	read(file)
		.split('\n')
		.filter((line) => /^\w+=/.test(line))
		.map((line) => line.split('=')[0]!);
const containerfile = readFileSync('Containerfile', 'utf8');

describe('Kubernetes manifests', () => {
	it('are all listed in the kustomization and parse', () => {
		expect(documents.map((d) => d.kind).sort()).toEqual([
			'CronJob',
			'Ingress',
			'PersistentVolumeClaim',
			'Service',
			'StatefulSet'
		]);
		for (const generator of [
			...kustomization.configMapGenerator,
			...kustomization.secretGenerator
		]) {
			for (const file of generator.envs) {
				expect(existsSync(join(DIR, file)) || existsSync(join(DIR, `${file}.example`))).toBe(true);
			}
		}
	});

	it('run one replica of the server, with its database on a persistent volume', () => {
		const [server] = byKind('StatefulSet');
		expect(server!.spec.replicas).toBe(1);
		const container = podSpecOf(server!).containers[0];
		const path = container.env.find((e: any) => e.name === 'DATABASE_PATH').value as string;
		const mount = container.volumeMounts.find((m: any) => m.name === 'data');
		expect(path.startsWith(`${mount.mountPath}/`)).toBe(true);
		expect(server!.spec.volumeClaimTemplates[0].metadata.name).toBe('data');
		expect(podSpecOf(server!).terminationGracePeriodSeconds).toBeLessThanOrEqual(30);
	});

	it('probe the server on /healthz and /readyz, on the port the image exposes', () => {
		const [server] = byKind('StatefulSet');
		const container = podSpecOf(server!).containers[0];
		const port = container.ports.find((p: any) => p.name === 'http').containerPort;
		expect(containerfile).toContain(`EXPOSE ${port}`);
		expect(containerfile).toContain(`PORT=${port}`);
		expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
		expect(container.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
		expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
		// The readiness probe notices SIGTERM's 503 before the server closes.
		const delay = Number(read('config.env').match(/^SHUTDOWN_DELAY_MS=(\d+)$/m)?.[1]);
		const { periodSeconds, failureThreshold } = container.readinessProbe;
		expect(periodSeconds * failureThreshold * 1000).toBeLessThan(delay);
	});

	it('give every container limits and the restricted security context, as the image user', () => {
		expect(containers.length).toBe(2);
		const user = Number(containerfile.match(/^USER (\d+):(\d+)$/m)?.[1]);
		for (const { workload, container } of containers) {
			const where = `${workload.kind} ${container.name}`;
			expect(container.resources?.limits?.cpu, where).toBeTruthy();
			expect(container.resources?.limits?.memory, where).toBeTruthy();
			expect(container.resources?.requests?.cpu, where).toBeTruthy();
			expect(container.resources?.requests?.memory, where).toBeTruthy();
			expect(container.securityContext, where).toEqual({
				allowPrivilegeEscalation: false,
				readOnlyRootFilesystem: true,
				runAsNonRoot: true,
				capabilities: { drop: ['ALL'] }
			});
			const pod = podSpecOf(workload);
			expect(pod.securityContext.runAsUser, where).toBe(user);
			expect(pod.securityContext.runAsNonRoot, where).toBe(true);
			expect(pod.securityContext.seccompProfile, where).toEqual({ type: 'RuntimeDefault' });
			expect(pod.automountServiceAccountToken, where).toBe(false);
		}
	});

	it('pin the image to the release, never latest', () => {
		const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(kustomization.images).toEqual([
			expect.objectContaining({ name: 'goed-digitaal-bestuur', newTag: version })
		]);
		for (const { container } of containers) expect(container.image).toBe('goed-digitaal-bestuur');
	});

	it('take ORIGIN, SMTP_URL and the metrics token from the Secret, and document every setting', () => {
		const [server] = byKind('StatefulSet');
		const envFrom = podSpecOf(server!).containers[0].envFrom;
		expect(envFrom).toContainEqual({ secretRef: { name: 'goed-digitaal-bestuur-secret' } });
		expect(envFrom).toContainEqual({ configMapRef: { name: 'goed-digitaal-bestuur-config' } });
		expect(envFile('app.env.example')).toEqual([
			'ORIGIN',
			'SMTP_URL',
			'METRICS_TOKEN',
			'OIDC_ISSUER',
			'OIDC_CLIENT_ID',
			'OIDC_CLIENT_SECRET'
		]);
		const readme = read('README.md');
		for (const name of [...envFile('app.env.example'), ...envFile('config.env')]) {
			expect(readme, name).toMatch(new RegExp(`^\\|[^\\n]*\`${name}\``, 'm'));
		}
	});

	it("route WebSockets with the timeouts a workshop's sockets need", () => {
		const [ingress] = byKind('Ingress');
		const annotations = (ingress as any).metadata.annotations;
		expect(
			Number(annotations['nginx.ingress.kubernetes.io/proxy-read-timeout'])
		).toBeGreaterThanOrEqual(3600);
		expect(
			Number(annotations['nginx.ingress.kubernetes.io/proxy-send-timeout'])
		).toBeGreaterThanOrEqual(3600);
		expect(ingress!.spec.rules[0].http.paths[0].backend.service.name).toBe(
			byKind('Service')[0]!.metadata.name
		);
	});

	it('back up nightly with the online backup to a volume of its own, on the server node', () => {
		const [backup] = byKind('CronJob');
		const pod = podSpecOf(backup!);
		const container = pod.containers[0];
		expect(container.command).toEqual(['node', 'scripts/backup.js']);
		expect(containerfile).toContain('scripts/backup.js');
		const env = Object.fromEntries(container.env.map((e: any) => [e.name, e.value]));
		const mounts = Object.fromEntries(
			container.volumeMounts.map((m: any) => [m.name, m.mountPath])
		);
		expect(env.BACKUP_DIR).toBe(mounts.backup);
		expect(env.DATABASE_PATH.startsWith(`${mounts.data}/`)).toBe(true);
		const claims = Object.fromEntries(
			pod.volumes.map((v: any) => [v.name, v.persistentVolumeClaim.claimName])
		);
		expect(claims.data).toBe('data-goed-digitaal-bestuur-0');
		expect(claims.backup).toBe(byKind('PersistentVolumeClaim')[0]!.metadata.name);
		expect(pod.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution).toHaveLength(1);
	});
});

describe('compose.yaml', () => {
	const compose = parse(readFileSync('compose.yaml', 'utf8'));
	const app = compose.services.app;

	it('builds the Containerfile and keeps the database in a named volume at /data', () => {
		expect(app.build).toEqual({ context: '.', dockerfile: 'Containerfile' });
		expect(containerfile).toMatch(/DATABASE_PATH=\/data\//);
		expect(app.volumes).toEqual(['data:/data']);
		expect(Object.keys(compose.volumes)).toEqual(['data']);
		expect(app.ports).toEqual([`3000:${containerfile.match(/^EXPOSE (\d+)$/m)?.[1]}`]);
	});

	it('runs read-only, without capabilities, and waits long enough on SIGTERM', () => {
		expect(app.read_only).toBe(true);
		expect(app.tmpfs).toEqual(['/tmp']);
		expect(app.cap_drop).toEqual(['ALL']);
		expect(app.security_opt).toContain('no-new-privileges:true');
		expect(app.stop_grace_period).toBe('30s');
	});

	it('keeps the mail catcher behind a profile', () => {
		expect(compose.services.mailpit.profiles).toEqual(['mail']);
	});
});
