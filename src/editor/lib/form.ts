/**
 * The evidence form: what a person fills in with every change, its defaults, and the request
 * it becomes. Pure, so the rules (which fields a tier needs, what is sent) are tested.
 */
import type { Place, Source } from '../../lib/places/schema';
import type { DrawnGeometry, EditRequest } from './request';

export interface EvidenceForm {
	accuracy: 'surveyed' | 'approximate';
	/** Who placed it (remembered between places). */
	by: string;
	/** The imagery it was placed on; follows the basemap until the person types their own. */
	imagery: string;
	imageryEdited: boolean;
	date: string;
	radius: number | null;
	method: string;
	/** URLs, among the feature's sources and the added ones, that support the position. */
	positionSources: string[];
	newSources: Source[];
	outside: string;
	confirmSourced: boolean;
	confirmSurveyed: boolean;
}

/** A fresh form for a place. Nothing about the place's position is carried over but its tier's notes. */
export function emptyForm(place: Place, by: string, imagery: string, today: string): EvidenceForm {
	const position = place.properties.position;
	return {
		accuracy: 'surveyed',
		by,
		imagery,
		imageryEdited: false,
		date: today,
		radius: null,
		method: '',
		positionSources: [],
		newSources: [],
		outside: position.outside_district ?? '',
		confirmSourced: false,
		confirmSurveyed: false
	};
}

/** What is still missing before the change can be checked, in the words the form uses. */
export function missing(form: EvidenceForm, geometry: DrawnGeometry | null): string[] {
	const gaps: string[] = [];
	if (!geometry) gaps.push('新位置（在地图上点选、画线、画面或粘贴坐标）');
	if (!(form.radius !== null && form.radius > 0)) gaps.push('误差半径');
	if (form.method.trim().length < 8) gaps.push('方法（一句话，至少 8 个字）');
	if (form.accuracy === 'surveyed') {
		if (form.by.trim().length < 2) gaps.push('标定人');
		if (form.imagery.trim().length < 2) gaps.push('所用影像');
		if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) gaps.push('标定日期');
	}
	if (form.accuracy === 'approximate' && form.positionSources.length === 0) {
		gaps.push('至少一个支持此位置的来源');
	}
	return gaps;
}

export function toRequest(slug: string, geometry: DrawnGeometry, form: EvidenceForm): EditRequest {
	return {
		slug,
		geometry,
		accuracy: form.accuracy,
		radius_m: form.radius ?? 0,
		method: form.method.trim(),
		survey:
			form.accuracy === 'surveyed'
				? { by: form.by.trim(), imagery: form.imagery.trim(), date: form.date }
				: undefined,
		position_sources: form.positionSources,
		new_sources: form.newSources,
		outside_district: form.outside.trim() || undefined,
		confirm_overwrite_sourced: form.confirmSourced,
		confirm_overwrite_surveyed: form.confirmSurveyed
	};
}
