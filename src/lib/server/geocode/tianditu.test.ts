import { afterEach, describe, expect, it } from 'vitest';
import {
	geocodeAnswer,
	searchAnswer,
	startFakeTianditu,
	type FakeReply,
	type FakeTianditu
} from '../../../../tests/helpers/fake-tianditu';
import { TiandituClient, TiandituError, XUNYANG_SPECIFY } from './tianditu';

const KEY = 'test-key-0123456789abcdef';
let fake: FakeTianditu | null = null;

async function clientFor(reply: FakeReply | (() => FakeReply), options = {}) {
	fake = await startFakeTianditu(typeof reply === 'function' ? reply : () => reply);
	return new TiandituClient({ key: KEY, baseUrl: fake.baseUrl, retryDelayMs: 1, ...options });
}

async function failure(promise: Promise<unknown>): Promise<TiandituError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(TiandituError);
	return error as TiandituError;
}

afterEach(async () => {
	await fake?.close();
	fake = null;
});

describe('the Tianditu place search (地名搜索 V2.0)', () => {
	it('asks for the district search exactly as documented and reads the POIs', async () => {
		const client = await clientFor({
			json: searchAnswer([
				{ name: '甘棠湖', lonlat: '115.987654,29.701234', address: '浔阳区', typeName: '湖泊' }
			])
		});
		const outcome = await client.searchInDistrict('甘棠湖');

		const request = fake!.requests[0];
		expect(request.path).toBe('/v2/search');
		expect(request.params.get('type')).toBe('query');
		expect(request.params.get('tk')).toBe(KEY);
		expect(request.body).toEqual({
			keyWord: '甘棠湖',
			specify: XUNYANG_SPECIFY,
			queryType: 12,
			start: 0,
			count: 10,
			show: 2
		});
		expect(outcome).toMatchObject({ kind: 'results', infocode: 1000 });
		if (outcome.kind !== 'results') return;
		expect(outcome.pois[0]).toMatchObject({
			name: '甘棠湖',
			lonlat: [115.987654, 29.701234],
			address: '浔阳区',
			poiType: '101',
			typeName: '湖泊'
		});
	});

	it('reports no result for an empty answer and for infocode 3001', async () => {
		const client = await clientFor({
			json: { count: 0, resultType: 1, pois: [], status: { infocode: 1000, cndesc: '服务正常' } }
		});
		expect(await client.searchInDistrict('无此地')).toMatchObject({ kind: 'no-result' });
		await fake!.close();
		const client2 = await clientFor({
			json: { status: { infocode: 3001, cndesc: '没有找到数据' } }
		});
		expect(await client2.searchInDistrict('无此地')).toMatchObject({
			kind: 'no-result',
			infocode: 3001
		});
	});

	it('turns Tianditu error codes in the body into a clear error, without the key', async () => {
		const client = await clientFor({
			status: 400,
			json: { count: 0, resultType: 1, status: { cndesc: '缺少参数：specify', infocode: 2003 } }
		});
		const error = await failure(client.searchInDistrict('甘棠湖'));
		expect(error.kind).toBe('http');
		expect(error.code).toBe('2003');
		expect(error.message).toBe('place search: HTTP 400: Tianditu code 2003 (缺少参数：specify)');
		expect(fake!.requests).toHaveLength(1); // a 4xx is not retried
	});

	it('reports an invalid key (HTTP 403, code 301001) without retrying or printing the key', async () => {
		const client = await clientFor({
			status: 403,
			json: { code: 301001, msg: '非法key', resolve: '请到API控制台重新申请Key' }
		});
		const error = await failure(client.searchInDistrict('甘棠湖'));
		expect(error.message).toBe('place search: HTTP 403: Tianditu code 301001 (非法key)');
		expect(error.message).not.toContain(KEY);
		expect(fake!.requests).toHaveLength(1);
	});

	it('treats a non-1000 infocode in a 200 answer as a service error', async () => {
		const client = await clientFor({ json: { status: { infocode: 2004, cndesc: '枚举值错误' } } });
		const error = await failure(client.searchInDistrict('甘棠湖'));
		expect(error).toMatchObject({ kind: 'service', code: '2004' });
	});

	it('retries an HTTP 500 twice, then gives up naming the status', async () => {
		const client = await clientFor({ status: 500, text: '<html>Internal Server Error</html>' });
		const error = await failure(client.searchInDistrict('甘棠湖'));
		expect(error.kind).toBe('http');
		expect(error.message).toBe('place search: HTTP 500 after 3 attempt(s)');
		expect(fake!.requests).toHaveLength(3);
	});

	it('succeeds when a 503 is followed by a good answer', async () => {
		let calls = 0;
		const client = await clientFor(() =>
			++calls === 1
				? { status: 503, text: 'busy' }
				: { json: searchAnswer([{ name: '烟水亭', lonlat: '115.99,29.70' }]) }
		);
		expect(await client.searchInDistrict('烟水亭')).toMatchObject({ kind: 'results' });
		expect(fake!.requests).toHaveLength(2);
	});

	it('rejects a body that is not JSON', async () => {
		const client = await clientFor({ text: '<html><body>CloudWAF</body></html>' });
		const error = await failure(client.searchInDistrict('甘棠湖'));
		expect(error.kind).toBe('malformed');
		expect(error.message).toMatch(/not JSON/);
	});

	it('rejects JSON of the wrong shape: no status block, pois not a list, a POI without lonlat', async () => {
		for (const json of [
			{ pois: [] },
			{ status: { infocode: 1000 }, pois: 'none' },
			{ status: { infocode: 1000 }, pois: [{ name: '甘棠湖', lonlat: '115.98' }] },
			[1, 2, 3]
		]) {
			const client = await clientFor({ json });
			const error = await failure(client.searchInDistrict('甘棠湖'));
			expect(error.kind).toBe('malformed');
			await fake!.close();
			fake = null;
		}
	});

	it('gives up within its timeout when the server never answers', async () => {
		const client = await clientFor({ hang: true }, { timeoutMs: 300 });
		const started = Date.now();
		const error = await failure(client.searchInDistrict('甘棠湖'));
		const elapsed = Date.now() - started;
		expect(error.kind).toBe('timeout');
		expect(error.message).toBe('place search: no answer within 300 ms');
		expect(elapsed).toBeGreaterThanOrEqual(250);
		expect(elapsed).toBeLessThan(2000);
		expect(fake!.requests).toHaveLength(1); // a timeout is not retried
	});

	it('reports a connection error after its retries', async () => {
		// A port that was just free: start a fake to learn one, then close it.
		const probe = await startFakeTianditu(() => ({ json: {} }));
		await probe.close();
		const closed = new TiandituClient({
			key: KEY,
			baseUrl: probe.baseUrl,
			retries: 1,
			retryDelayMs: 1
		});
		const error = await failure(closed.searchInDistrict('甘棠湖'));
		expect(error.kind).toBe('network');
		expect(error.message).toMatch(/network error after 2 attempt\(s\): ECONNREFUSED/);
	});
});

describe('the Tianditu geocoder (地理编码)', () => {
	it('sends ds={"keyWord": …} and reads lon/lat/level (strings or numbers)', async () => {
		const client = await clientFor({ json: geocodeAnswer(115.991234, 29.706789, '地名地址') });
		const outcome = await client.geocode('九江市浔阳区甘棠湖');
		const request = fake!.requests[0];
		expect(request.path).toBe('/geocoder');
		expect(request.body).toEqual({ keyWord: '九江市浔阳区甘棠湖' });
		expect(request.params.get('tk')).toBe(KEY);
		expect(outcome).toEqual({
			kind: 'result',
			msg: 'ok',
			location: { lon: 115.991234, lat: 29.706789, level: '地名地址', score: null, keyWord: null }
		});
	});

	it('reads the score and keyWord when the service sends them', async () => {
		const client = await clientFor({
			json: {
				status: '0',
				msg: 'ok',
				location: { lon: 115.99, lat: 29.7, level: '兴趣点', score: 90, keyWord: '烟水亭' }
			}
		});
		expect(await client.geocode('九江市浔阳区烟水亭')).toMatchObject({
			location: { score: 90, keyWord: '烟水亭', level: '兴趣点' }
		});
	});

	it('reports status 101 as no result and status 404 as an error', async () => {
		const client = await clientFor({ json: { status: '101', msg: '结果为空' } });
		expect(await client.geocode('九江市浔阳区无此地')).toEqual({
			kind: 'no-result',
			status: '101',
			msg: '结果为空'
		});
		await fake!.close();
		const client2 = await clientFor({ json: { status: '404', msg: '出错' } });
		const error = await failure(client2.geocode('九江市浔阳区甘棠湖'));
		expect(error).toMatchObject({ kind: 'service', code: '404' });
		expect(error.message).toBe('geocoder: Tianditu status 404 (出错)');
	});

	it('rejects status 0 without a usable location', async () => {
		const client = await clientFor({ json: { status: '0', msg: 'ok', location: { lon: 'x' } } });
		const error = await failure(client.geocode('九江市浔阳区甘棠湖'));
		expect(error.kind).toBe('malformed');
	});
});
