/**
 * Socket.IO's packet format (https://github.com/socketio/socket.io-protocol, version 5) without
 * binary attachments, for the browser. Nothing this app sends or receives over a socket is binary
 * (exports travel over HTTP), so the browser build swaps `socket.io-parser` for this module (see
 * `socketIoTextParser` in vite.config.ts): the same text on the wire, 1.4 KB gz less on every
 * phone. The server keeps the stock parser. `text-parser.spec.ts` checks both parsers read each
 * other's packets.
 */
import { Emitter } from '@socket.io/component-emitter';

export const protocol = 5;

export enum PacketType {
	CONNECT,
	DISCONNECT,
	EVENT,
	ACK,
	CONNECT_ERROR,
	BINARY_EVENT,
	BINARY_ACK
}

export interface Packet {
	type: PacketType;
	nsp: string;
	data?: unknown;
	id?: number;
}

/** These names mean something to Socket.IO itself and never arrive as an event. */
const RESERVED = ['connect', 'connect_error', 'disconnect', 'disconnecting'];

/** type, then `/namespace,` unless it is `/`, then the ack id, then the JSON. */
const TEXT_PACKET = /^([0-4])(?:(\/[^,]*),)?(\d*)([\s\S]*)$/;

export class Encoder {
	encode(packet: Packet): string[] {
		const nsp = packet.nsp && packet.nsp !== '/' ? `${packet.nsp},` : '';
		const data = packet.data == null ? '' : JSON.stringify(packet.data);
		return [`${packet.type}${nsp}${packet.id ?? ''}${data}`];
	}
}

function isValid(type: PacketType, data: unknown): boolean {
	const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
	switch (type) {
		case PacketType.CONNECT:
			return isObject;
		case PacketType.CONNECT_ERROR:
			return isObject || typeof data === 'string';
		case PacketType.EVENT:
			return (
				Array.isArray(data) &&
				(typeof data[0] === 'number' ||
					(typeof data[0] === 'string' && !RESERVED.includes(data[0])))
			);
		case PacketType.ACK:
			return Array.isArray(data);
		default:
			return false;
	}
}

export class Decoder extends Emitter<
	Record<string, never>,
	Record<string, never>,
	{ decoded: (packet: Packet) => void }
> {
	/** Throws on anything it cannot read: the manager then closes with "parse error" and reconnects. */
	add(text: unknown) {
		const match = typeof text === 'string' ? TEXT_PACKET.exec(text) : null;
		if (!match) throw new Error('Socket.IO packet this client cannot read');
		const [, type, nsp, id, json] = match;
		const packet: Packet = { type: Number(type), nsp: nsp ?? '/' };
		if (id) packet.id = Number(id);
		if (json) {
			const data: unknown = JSON.parse(json);
			if (!isValid(packet.type, data)) throw new Error('invalid payload');
			packet.data = data;
		}
		this.emitReserved('decoded', packet);
	}

	destroy() {}
}
