/**
 * Coordinate systems used by Chinese map data, as a thin wrapper around `gcoord`
 * (a maintained library for exactly these conversions).
 *
 * - WGS-84: GPS, OpenStreetMap, GSHHG, Wikipedia coordinates; also Tianditu (CGCS2000 matches
 *   WGS-84 at map scale). Everything the map draws is WGS-84.
 * - GCJ-02: Amap/Gaode, Tencent and most Chinese web data (e.g. the ECharts/DataV district
 *   outlines). It is WGS-84 plus an obfuscating offset of 300–700 m around Jiujiang.
 * - BD-09: Baidu Maps. GCJ-02 with a second offset of its own (about another 1 km), so a
 *   Baidu coordinate lies further still from WGS-84.
 *
 * WGS-84 → GCJ-02 is a closed formula. GCJ-02 → WGS-84 has no closed form: gcoord inverts it
 * iteratively (to 1e-6°, about 0.1 m). Outside gcoord's rough China box both are identities.
 */
import gcoord from 'gcoord';
import type { CRSTypes } from 'gcoord';

/** A [longitude, latitude] pair in degrees. */
export type LonLat = [number, number];

function convert(point: LonLat, from: CRSTypes, to: CRSTypes): LonLat {
	const [lon, lat] = point;
	if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
		throw new RangeError(`invalid coordinate [${lon}, ${lat}]`);
	}
	const [x, y] = gcoord.transform<LonLat>([lon, lat], from, to);
	return [x, y];
}

/** GCJ-02 (Amap/Gaode, Tencent) → WGS-84. Iterative inverse: exact to about 0.1 m. */
export function gcj02ToWgs84(point: LonLat): LonLat {
	return convert(point, gcoord.GCJ02, gcoord.WGS84);
}

/** WGS-84 → GCJ-02 (for comparing with, or linking to, Chinese web maps). */
export function wgs84ToGcj02(point: LonLat): LonLat {
	return convert(point, gcoord.WGS84, gcoord.GCJ02);
}

/** BD-09 (Baidu) → WGS-84, through GCJ-02 (gcoord's BD09 → GCJ02 → WGS84). */
export function bd09ToWgs84(point: LonLat): LonLat {
	return convert(point, gcoord.BD09, gcoord.WGS84);
}

/** WGS-84 → BD-09 (for comparing with Baidu Maps). */
export function wgs84ToBd09(point: LonLat): LonLat {
	return convert(point, gcoord.WGS84, gcoord.BD09);
}

/**
 * The coordinate systems a person may paste coordinates in. CGCS2000 (Tianditu) is listed on
 * its own so nobody has to know it equals WGS-84 at map scale; it is not converted.
 */
export const COORDINATE_SYSTEMS = ['WGS84', 'CGCS2000', 'GCJ02', 'BD09'] as const;
export type CoordinateSystem = (typeof COORDINATE_SYSTEMS)[number];

/** Any supported system → WGS-84, the system of every coordinate in geo/. */
export function toWgs84(point: LonLat, from: CoordinateSystem): LonLat {
	switch (from) {
		case 'WGS84':
		case 'CGCS2000':
			return convert(point, gcoord.WGS84, gcoord.WGS84);
		case 'GCJ02':
			return gcj02ToWgs84(point);
		case 'BD09':
			return bd09ToWgs84(point);
	}
}
