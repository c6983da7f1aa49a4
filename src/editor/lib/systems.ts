/**
 * The coordinate systems a pasted coordinate may be in, as the editor offers them, and the
 * conversion each needs. Chinese web maps shift coordinates on purpose: Amap and Tencent use
 * GCJ-02 (300–700 m off around Jiujiang), Baidu BD-09 (further still). Tianditu's CGCS2000
 * matches WGS-84 at map scale. Everything stored is WGS-84.
 */
import { haversine } from '../../lib/geo/distance';
import { toWgs84, type CoordinateSystem, type LonLat } from '../../lib/geo/crs';

export interface SystemChoice {
	id: CoordinateSystem;
	label: string;
	/** Where such coordinates come from, for the person choosing. */
	examples: string;
	/** What a surveyed position names as its imagery when placed from such a coordinate. */
	imagery: string;
}

export const PASTE_SYSTEMS: SystemChoice[] = [
	{
		id: 'CGCS2000',
		label: 'CGCS2000（天地图）',
		examples: '天地图网页版、天地图 API、国家标准测绘成果',
		imagery: '天地图（CGCS2000 坐标）'
	},
	{
		id: 'WGS84',
		label: 'WGS-84（GPS）',
		examples: 'GPS 设备、手机原始定位、谷歌地球、OpenStreetMap',
		imagery: 'WGS-84 坐标（GPS）'
	},
	{
		id: 'GCJ02',
		label: 'GCJ-02（高德、腾讯）',
		examples: '高德地图坐标拾取器、腾讯地图坐标拾取器、微信位置',
		imagery: '高德/腾讯地图（GCJ-02 坐标，已转换为 WGS-84）'
	},
	{
		id: 'BD09',
		label: 'BD-09（百度）',
		examples: '百度地图拾取坐标系统（经纬度，不是墨卡托米）',
		imagery: '百度地图（BD-09 坐标，已转换为 WGS-84）'
	}
];

export function systemChoice(id: CoordinateSystem): SystemChoice {
	return PASTE_SYSTEMS.find((s) => s.id === id)!;
}

export interface Converted {
	/** The points as pasted, in their own system. */
	pasted: LonLat[];
	/** The same points in WGS-84. */
	wgs84: LonLat[];
	/** How far each point moved in the conversion, in metres (0 for WGS-84 and CGCS2000). */
	shiftM: number[];
}

export function convertPasted(points: LonLat[], system: CoordinateSystem): Converted {
	const wgs84 = points.map((p) => toWgs84(p, system));
	return { pasted: points, wgs84, shiftM: points.map((p, i) => haversine(p, wgs84[i])) };
}

/** Map features showing a conversion: the pasted points (hollow), the converted ones, links. */
export function previewFeatures(c: Converted, label: string): GeoJSON.Feature[] {
	const features: GeoJSON.Feature[] = [];
	c.wgs84.forEach((to, i) => {
		const from = c.pasted[i];
		const first = i === 0;
		if (c.shiftM[i] > 0.5) {
			features.push({
				type: 'Feature',
				geometry: { type: 'LineString', coordinates: [from, to] },
				properties: { color: '#6b7280' }
			});
			features.push({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: from },
				properties: {
					color: '#6b7280',
					hollow: true,
					...(first ? { label: '未转换' } : {})
				}
			});
		}
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: to },
			properties: { color: '#ea580c', hollow: false, ...(first ? { label } : {}) }
		});
	});
	return features;
}
