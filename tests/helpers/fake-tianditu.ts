/**
 * Test helper: a fake Tianditu on loopback (127.0.0.1, a random port) that answers the two
 * documented endpoints the way a test tells it to. Nothing here reaches the network.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeRequest {
	/** "/v2/search" or "/geocoder" (or whatever path was asked). */
	path: string;
	params: URLSearchParams;
	/** The parsed `postStr` (place search) or `ds` (geocoder) JSON, when it parses. */
	body: Record<string, unknown> | null;
	keyWord: string | null;
}

export type FakeReply =
	| { status?: number; json: unknown }
	| { status?: number; text: string }
	/** Accept the request and never answer. */
	| { hang: true };

export interface FakeTianditu {
	baseUrl: string;
	requests: FakeRequest[];
	/** The most requests that were open at the same moment. */
	maxInFlight: number;
	close(): Promise<void>;
}

function parseBody(params: URLSearchParams): Record<string, unknown> | null {
	const raw = params.get('postStr') ?? params.get('ds');
	if (raw === null) return null;
	try {
		return JSON.parse(raw) as Record<string, unknown>;
	} catch {
		return null;
	}
}

export async function startFakeTianditu(
	reply: (request: FakeRequest) => FakeReply
): Promise<FakeTianditu> {
	const requests: FakeRequest[] = [];
	const sockets = new Set<Socket>();
	let inFlight = 0;
	const state = { maxInFlight: 0 };

	const server = createServer((req: IncomingMessage, res: ServerResponse) => {
		inFlight++;
		state.maxInFlight = Math.max(state.maxInFlight, inFlight);
		res.on('close', () => inFlight--);
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const body = parseBody(url.searchParams);
		const request: FakeRequest = {
			path: url.pathname,
			params: url.searchParams,
			body,
			keyWord: typeof body?.keyWord === 'string' ? body.keyWord : null
		};
		requests.push(request);
		const answer = reply(request);
		if ('hang' in answer) return;
		const status = answer.status ?? 200;
		if ('json' in answer) {
			res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
			res.end(JSON.stringify(answer.json));
		} else {
			res.writeHead(status, { 'content-type': 'text/html;charset=UTF-8' });
			res.end(answer.text);
		}
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		baseUrl: `http://127.0.0.1:${port}`,
		requests,
		get maxInFlight() {
			return state.maxInFlight;
		},
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			})
	};
}

/** A place-search answer in the documented shape (resultType 1, pois, status 1000). */
export function searchAnswer(
	pois: { name: string; lonlat: string; address?: string; poiType?: string; typeName?: string }[]
): unknown {
	return {
		count: String(pois.length),
		resultType: 1,
		keyWord: 'x',
		pois: pois.map((p, i) => ({
			name: p.name,
			address: p.address ?? '',
			phone: '',
			lonlat: p.lonlat,
			poiType: p.poiType ?? '101',
			hotPointID: `FAKE${i}`,
			source: '0',
			...(p.typeName ? { typeName: p.typeName } : {})
		})),
		status: { cndesc: '服务正常', infocode: 1000 }
	};
}

/** A geocoder answer in the documented shape (status "0", location {lon, level, lat}). */
export function geocodeAnswer(lon: number, lat: number, level = '地名地址'): unknown {
	return {
		location: { lon: String(lon), level, lat: String(lat) },
		status: '0',
		msg: 'ok',
		searchVersion: 'fake'
	};
}
