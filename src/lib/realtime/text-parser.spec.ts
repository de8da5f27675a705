import { io as connect } from 'socket.io-client';
import * as stock from 'socket.io-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	signedInFacilitator,
	startHarness,
	workshopOf,
	type Harness
} from '$lib/server/testing/realtime-harness';
import * as text from './text-parser';

/** Every kind of text packet a browser sends or receives, with the shapes this app uses. */
const PACKETS: text.Packet[] = [
	{ type: 0, nsp: '/', data: { workshopId: 'w_1', view: 'participant', resume: 'é 12' } },
	{ type: 0, nsp: '/', data: { sid: 'abc', pid: 'def' } },
	{ type: 0, nsp: '/admin', data: { sid: 'abc' } },
	{ type: 1, nsp: '/' },
	{ type: 1, nsp: '/admin' },
	{ type: 2, nsp: '/', data: ['state:patch', [{ upsert: 'cards', rows: [{ text: '12 "x"' }] }]] },
	{ type: 2, nsp: '/', data: ['card:add', { clientId: 'c1', text: 'Privacy\n∞' }], id: 0 },
	{ type: 2, nsp: '/', data: ['vote:set', { valueId: 7, dots: 2 }], id: 1234 },
	{ type: 2, nsp: '/admin', data: ['x', null], id: 5 },
	{ type: 3, nsp: '/', data: [{ ok: true, data: { id: 12 } }], id: 1234 },
	{ type: 3, nsp: '/', data: [{ ok: false, error: 'LOCKED' }], id: 0 },
	{ type: 4, nsp: '/', data: { message: 'UNAUTHORIZED' } },
	{ type: 4, nsp: '/', data: 'Invalid namespace' }
];

/** What a decoder makes of one encoded packet. */
function decodeWith(
	decoder: {
		on(event: 'decoded', listener: (packet: unknown) => void): unknown;
		add(encoded: string): void;
	},
	encoded: string | undefined
) {
	let decoded: unknown;
	decoder.on('decoded', (packet) => (decoded = packet));
	decoder.add(encoded ?? '');
	return decoded;
}

describe('text-only Socket.IO parser', () => {
	it.each(PACKETS)('writes and reads packet type $type as socket.io-parser does (%#)', (packet) => {
		const mine = new text.Encoder().encode(packet);
		const theirs = new stock.Encoder().encode(packet);
		expect(mine).toEqual(theirs);
		expect(decodeWith(new text.Decoder(), theirs[0])).toEqual(
			decodeWith(new stock.Decoder(), theirs[0])
		);
		expect(decodeWith(new text.Decoder(), mine[0])).toEqual(packet);
	});

	it.each([
		['a binary event', '51-["file",{"_placeholder":true,"num":0}]'],
		['a binary ack', '61-0[{"_placeholder":true,"num":0}]'],
		['an unknown type', '7["x"]'],
		['no type', '["x"]'],
		['broken JSON', '2["x",'],
		['an event without a name', '2[]'],
		['a reserved event name', '2["connect"]'],
		['an object as event', '2{"a":1}'],
		['a list as connect payload', '0[1]'],
		['a payload on a disconnect', '1{"a":1}'],
		['binary data', new ArrayBuffer(4)]
	])('refuses %s', (_name, encoded) => {
		expect(() => new text.Decoder().add(encoded)).toThrow();
	});
});

describe('a browser client with the text-only parser', () => {
	let harness: Harness;
	beforeEach(async () => {
		harness = await startHarness();
	});
	afterEach(() => harness.close());

	it('connects to the server, gets acks and hears patches', async () => {
		const { facilitator, cookie } = await signedInFacilitator();
		const workshop = workshopOf(facilitator.id);
		const client = connect(harness.url, {
			parser: text,
			auth: { workshopId: workshop.id, view: 'dashboard' },
			transports: ['websocket'],
			reconnection: false,
			forceNew: true,
			extraHeaders: { cookie }
		});
		try {
			await new Promise<void>((resolve, reject) => {
				client.once('connect', resolve);
				client.once('connect_error', reject);
			});
			const sync = await client.timeout(2000).emitWithAck('state:sync', {});
			expect(sync).toMatchObject({ ok: true, data: { workshop: { id: workshop.id } } });
			const patch = new Promise((resolve) => client.once('state:patch', resolve));
			const reply = await client
				.timeout(2000)
				.emitWithAck('timer:control', { step: 1, action: 'start' });
			expect(reply).toMatchObject({ ok: true });
			expect(await patch).toEqual(
				expect.arrayContaining([expect.objectContaining({ upsert: 'steps' })])
			);
		} finally {
			client.disconnect();
		}
	});
});
