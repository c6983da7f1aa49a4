/** Chinese names for the fields a change touches, for the editor's diff. */
import { ACCURACIES, type Accuracy } from '../../lib/places/labels';

export const FIELD_LABELS: Record<string, string> = {
	accuracy: '位置等级',
	geometry: '几何',
	moved: '移动距离',
	distance: '与原几何',
	note: '说明',
	radius_m: '误差半径（米）',
	method: '方法',
	sources: '位置来源',
	description: '文字位置',
	survey: '人工标定',
	geocode: '地理编码',
	outside_district: '区外说明',
	'feature.sources': '地点来源'
};

export function fieldLabel(field: string): string {
	return FIELD_LABELS[field] ?? field;
}

/** "unknown" → "未标在图上（unknown）"; any other value as it is. */
export function valueLabel(field: string, value: string | undefined): string {
	if (value === undefined) return '';
	if (field === 'accuracy' && value in ACCURACIES) {
		return `${ACCURACIES[value as Accuracy]}（${value}）`;
	}
	return value;
}
