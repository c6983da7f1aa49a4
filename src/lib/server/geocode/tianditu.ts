/**
 * A small client for two Tianditu (天地图) web services, used only by the maintainers' geocoder
 * (`npm run geo:geocode`), never by the site. Requests and responses follow Tianditu's public
 * documentation:
 *
 * - 地名搜索 V2.0 (place search): http://lbs.tianditu.gov.cn/server/search2.html
 *   `GET /v2/search?postStr=<JSON>&type=query&tk=<key>`. Service 1.1 「行政区划区域搜索」 takes
 *   `keyWord`, `specify` (a 9-digit national code such as 156110000), `queryType` 12, `start`,
 *   `count`, optional `dataTypes` and `show` (2 = detailed POIs). The answer carries
 *   `resultType` (1 = POIs), `count`, `pois[]` (`name`, `address`, `lonlat` as "x,y", `poiType`
 *   101 POI / 102 bus stop, `hotPointID`, `source`, `typeName`, `county`, …) and a `status`
 *   object `{infocode, cndesc}`.
 * - 地理编码 (geocoder): http://lbs.tianditu.gov.cn/server/geocodinginterface.html
 *   `GET /geocoder?ds={"keyWord":"…"}&tk=<key>`. The answer carries `status` ("0" normal,
 *   "101" empty result, "404" error), `msg`, and `location` `{lon, lat, level}`.
 *
 * Coordinates are CGCS2000 longitude/latitude ("x,y" = lon,lat), which match WGS-84 at map
 * scale: nothing is converted.
 *
 * The geocoder page itself was read through an article that reproduces its tables
 * (https://blog.csdn.net/mcband/article/details/134915002). Not confirmed from the docs, and
 * handled defensively:
 * - the search's full 「返回信息码」 table: only 1000 (服务正常) is certain; 3001 is read as
 *   "no data" as implementations quoting the table do; every other code is an error;
 * - error bodies of non-200 answers (e.g. HTTP 403 `{"code":301001,"msg":"非法key"}`, HTTP 400
 *   with a search `status` block): reported with whatever code and message they carry;
 * - the geocoder's `location.score` and `location.keyWord` (not in the docs' table; read if sent);
 * - the vocabulary of the geocoder's `level` (the docs show only "地名地址"): unknown levels get
 *   no radius rule (see review.ts);
 * - number types: the docs say Int for `count`/`poiType` and Double for `lon`/`lat`, answers send
 *   strings too ("101", "116.001688"); both are accepted.
 *
 * Politeness: one request at a time (the caller waits for each), a timeout per request, and
 * retries only after a connection error or an HTTP 5xx answer. A request that times out is not
 * retried (a slow service should not be asked again at once).
 */

/** The production endpoint; HTTPS so the key is not sent in clear (the docs say HTTP/HTTPS). */
export const TIANDITU_BASE_URL = 'https://api.tianditu.gov.cn';

/**
 * 浔阳区 as the place search's `specify` parameter: the docs ask for the 9-digit national code
 * ("156" + the 6-digit GB/T 2260 administrative code), e.g. 北京 156110000. 浔阳区 is 360403.
 */
export const XUNYANG_SPECIFY = '156360403';

export interface TiandituClientOptions {
	/** The Tianditu key (`tk`). Never logged: every message is scrubbed of it. */
	key: string;
	/** Base URL, without a trailing slash (tests point it at a loopback fake). */
	baseUrl?: string;
	/** Give up on a request after this many milliseconds (default 10 s). */
	timeoutMs?: number;
	/** Extra attempts after a connection error or HTTP 5xx (default 2). */
	retries?: number;
	/** Wait before a retry, doubled each time (default 1 s). */
	retryDelayMs?: number;
}

export type TiandituErrorKind = 'timeout' | 'network' | 'http' | 'service' | 'malformed';

/** A request that did not produce an answer we can use, with the reason in one line. */
export class TiandituError extends Error {
	constructor(
		message: string,
		readonly kind: TiandituErrorKind,
		/** Tianditu's own code (infocode, status or code) when the answer carried one. */
		readonly code: string | null = null
	) {
		super(message);
		this.name = 'TiandituError';
	}
}

/** One POI from the place search, with the fields the docs describe (null when absent). */
export interface SearchPoi {
	name: string;
	address: string | null;
	/** [longitude, latitude], parsed from the documented "x,y" string. */
	lonlat: [number, number];
	/** 101 = POI, 102 = bus stop (as a string: the service sends "101" although docs say Int). */
	poiType: string | null;
	typeName: string | null;
	county: string | null;
	hotPointID: string | null;
	source: string | null;
}

export type SearchOutcome =
	| { kind: 'results'; pois: SearchPoi[]; infocode: number; cndesc: string | null }
	| { kind: 'no-result'; infocode: number; cndesc: string | null; resultType: number | null };

export interface GeocodeLocation {
	lon: number;
	lat: number;
	/** 类别名称 (the docs' example: "地名地址"); not always returned. */
	level: string | null;
	/** 匹配分, when the service sends it (not in the docs' table; seen in real answers). */
	score: number | null;
	/** The keyword the service says it matched, when it sends one. */
	keyWord: string | null;
}

export type GeocodeOutcome =
	| { kind: 'result'; location: GeocodeLocation; msg: string | null }
	| { kind: 'no-result'; status: string; msg: string | null };

const DEFAULTS = { baseUrl: TIANDITU_BASE_URL, timeoutMs: 10_000, retries: 2, retryDelayMs: 1000 };

/** The documented search infocode for a normal answer. */
const INFOCODE_OK = 1000;
/**
 * 3001 is reported as 「没有找到数据」 (no data) by implementations that quote the docs' 2.1
 * table; the stored copy of search2.html we could read does not reach that table, so any other
 * code is treated as an error and only 1000 (and an empty 1000) as success.
 */
const INFOCODE_NO_DATA = 3001;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return null;
}

/** A number the service may send as a number or a numeric string ("116.001688"). */
function numeric(value: unknown): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'string' && value.trim() !== '') {
		const n = Number(value);
		return Number.isFinite(n) ? n : null;
	}
	return null;
}

function validLonLat(lon: number | null, lat: number | null): lon is number {
	return lon !== null && lat !== null && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

/** "x,y" → [lon, lat], or null when it is not two finite numbers in range. */
export function parseLonLat(text: unknown): [number, number] | null {
	if (typeof text !== 'string') return null;
	const parts = text.split(',');
	if (parts.length !== 2) return null;
	const lon = numeric(parts[0]);
	const lat = numeric(parts[1]);
	return validLonLat(lon, lat) ? [lon, lat as number] : null;
}

/** Reads the answer to a place search (地名搜索 V2.0), as the docs describe it. */
export function parseSearchResponse(json: unknown): SearchOutcome {
	if (!isRecord(json))
		throw new TiandituError('place search: the answer is not a JSON object', 'malformed');
	const status = json.status;
	const infocode = isRecord(status) ? numeric(status.infocode) : null;
	if (!isRecord(status) || infocode === null) {
		throw new TiandituError(
			'place search: the answer has no status {infocode, cndesc}',
			'malformed'
		);
	}
	const cndesc = optionalString(status.cndesc);
	const resultType = numeric(json.resultType);
	if (infocode === INFOCODE_NO_DATA) return { kind: 'no-result', infocode, cndesc, resultType };
	if (infocode !== INFOCODE_OK) {
		throw new TiandituError(
			`place search: Tianditu infocode ${infocode}${cndesc ? ` (${cndesc})` : ''}`,
			'service',
			String(infocode)
		);
	}
	const pois = json.pois;
	if (pois === undefined || pois === null || (Array.isArray(pois) && pois.length === 0)) {
		// A normal answer of another type (statistics, administrative areas, lines) has no POIs.
		return { kind: 'no-result', infocode, cndesc, resultType };
	}
	if (!Array.isArray(pois)) {
		throw new TiandituError('place search: "pois" is not an array', 'malformed');
	}
	const parsed = pois.map((raw, i): SearchPoi => {
		const name = isRecord(raw) ? optionalString(raw.name) : null;
		const lonlat = isRecord(raw) ? parseLonLat(raw.lonlat) : null;
		if (!isRecord(raw) || name === null || lonlat === null) {
			throw new TiandituError(
				`place search: pois[${i}] lacks a name or a "lon,lat" position`,
				'malformed'
			);
		}
		return {
			name,
			address: optionalString(raw.address),
			lonlat,
			poiType: optionalString(raw.poiType),
			typeName: optionalString(raw.typeName),
			county: optionalString(raw.county),
			hotPointID: optionalString(raw.hotPointID),
			source: optionalString(raw.source)
		};
	});
	return { kind: 'results', pois: parsed, infocode, cndesc };
}

/** Reads the answer to a geocoder request (地理编码), as the docs describe it. */
export function parseGeocodeResponse(json: unknown): GeocodeOutcome {
	if (!isRecord(json))
		throw new TiandituError('geocoder: the answer is not a JSON object', 'malformed');
	const status = optionalString(json.status);
	if (status === null) throw new TiandituError('geocoder: the answer has no status', 'malformed');
	const msg = optionalString(json.msg);
	if (status === '101') return { kind: 'no-result', status, msg };
	if (status !== '0') {
		throw new TiandituError(
			`geocoder: Tianditu status ${status}${msg ? ` (${msg})` : ''}`,
			'service',
			status
		);
	}
	const location = json.location;
	const lon = isRecord(location) ? numeric(location.lon) : null;
	const lat = isRecord(location) ? numeric(location.lat) : null;
	if (!isRecord(location) || !validLonLat(lon, lat)) {
		throw new TiandituError('geocoder: status 0 but no valid location {lon, lat}', 'malformed');
	}
	return {
		kind: 'result',
		msg,
		location: {
			lon,
			lat: lat as number,
			level: optionalString(location.level),
			score: numeric(location.score),
			keyWord: optionalString(location.keyWord)
		}
	};
}

/** Tianditu's own error code and message in a non-200 answer, if the body carries one. */
function serviceErrorIn(text: string): { code: string; message: string | null } | null {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return null;
	}
	if (!isRecord(json)) return null;
	if (isRecord(json.status) && numeric(json.status.infocode) !== null) {
		return { code: String(json.status.infocode), message: optionalString(json.status.cndesc) };
	}
	const code = optionalString(json.code) ?? optionalString(json.status);
	if (code === null) return null;
	return { code, message: optionalString(json.msg) ?? optionalString(json.message) };
}

export class TiandituClient {
	private readonly options: Required<TiandituClientOptions>;

	constructor(options: TiandituClientOptions) {
		if (!options.key) throw new Error('a Tianditu key is needed');
		this.options = {
			...DEFAULTS,
			...options,
			baseUrl: (options.baseUrl ?? DEFAULTS.baseUrl).replace(/\/+$/, '')
		};
	}

	/** 1.1 行政区划区域搜索 (queryType 12) for `keyWord` within 浔阳区. */
	async searchInDistrict(keyWord: string, specify = XUNYANG_SPECIFY): Promise<SearchOutcome> {
		const postStr = JSON.stringify({
			keyWord,
			specify,
			queryType: 12,
			start: 0,
			count: 10,
			show: 2
		});
		const params = new URLSearchParams({ postStr, type: 'query', tk: this.options.key });
		const json = await this.getJson('place search', `/v2/search?${params}`);
		return parseSearchResponse(json);
	}

	/** 地理编码 for a structured address or place name (e.g. "九江市浔阳区甘棠湖"). */
	async geocode(keyWord: string): Promise<GeocodeOutcome> {
		const params = new URLSearchParams({ ds: JSON.stringify({ keyWord }), tk: this.options.key });
		const json = await this.getJson('geocoder', `/geocoder?${params}`);
		return parseGeocodeResponse(json);
	}

	private scrub(text: string): string {
		return text.split(this.options.key).join('<key>');
	}

	private async getJson(service: string, pathAndQuery: string): Promise<unknown> {
		const { baseUrl, timeoutMs, retries, retryDelayMs } = this.options;
		for (let attempt = 0; ; attempt++) {
			let status: number;
			let text: string;
			try {
				// The signal also covers reading the body, so a server that stalls mid-answer times out too.
				const response = await fetch(`${baseUrl}${pathAndQuery}`, {
					signal: AbortSignal.timeout(timeoutMs),
					headers: { accept: 'application/json' }
				});
				status = response.status;
				text = await response.text();
			} catch (error) {
				const e = error as Error & { cause?: { code?: string; message?: string } };
				if (e.name === 'TimeoutError' || e.name === 'AbortError') {
					throw new TiandituError(`${service}: no answer within ${timeoutMs} ms`, 'timeout');
				}
				if (attempt < retries) {
					await sleep(retryDelayMs * 2 ** attempt);
					continue;
				}
				const why = e.cause?.code ?? e.cause?.message ?? e.message;
				throw new TiandituError(
					this.scrub(`${service}: network error after ${attempt + 1} attempt(s): ${why}`),
					'network'
				);
			}
			if (status >= 500 && attempt < retries) {
				await sleep(retryDelayMs * 2 ** attempt);
				continue;
			}
			if (status !== 200) {
				const own = serviceErrorIn(text);
				const detail = own
					? `: Tianditu code ${own.code}${own.message ? ` (${own.message})` : ''}`
					: '';
				const tries = status >= 500 ? ` after ${attempt + 1} attempt(s)` : '';
				throw new TiandituError(
					this.scrub(`${service}: HTTP ${status}${tries}${detail}`),
					'http',
					own?.code ?? null
				);
			}
			try {
				return JSON.parse(text);
			} catch {
				throw new TiandituError(
					this.scrub(`${service}: the answer is not JSON (starts "${text.slice(0, 40)}")`),
					'malformed'
				);
			}
		}
	}
}
