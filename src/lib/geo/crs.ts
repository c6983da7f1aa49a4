/**
 * Coordinate systems used by Chinese map data, as a thin wrapper around `gcoord`
 * (a maintained library for exactly these conversions).
 *
 * - WGS-84: GPS, OpenStreetMap, GSHHG, Wikipedia coordinates; also Tianditu (CGCS2000 matches
 *   WGS-84 at map scale). Everything the map draws is WGS-84.
 * - GCJ-02: Amap/Gaode, Tencent and most Chinese web data (e.g. the ECharts/DataV district
 *   outlines). It is WGS-84 plus an obfuscating offset of 300–700 m around Jiujiang.
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
