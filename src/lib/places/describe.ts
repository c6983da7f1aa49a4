import { ACCURACIES, STATUSES } from './labels';
import type { PlaceBrief } from './brief';

/** One sentence on how far to trust the place's position, for readers (Chinese). */
export function positionNote(place: PlaceBrief): string {
	const { accuracy, radius_m } = place.position;
	switch (accuracy) {
		case 'sourced':
			return `位置取自公开来源的坐标，误差约 ${radius_m} 米以内。`;
		case 'surveyed': {
			const survey = place.position.survey;
			const who = survey ? `由${survey.by}于 ${survey.date} 在${survey.imagery}上标定` : '人工标定';
			return `位置${who}，误差约 ${radius_m} 米以内。`;
		}
		case 'geocoded':
			return `位置由地名地址查询服务（地理编码）得到，经人工核对，可能偏差约 ${radius_m} 米。`;
		case 'derived':
			return `位置由公开来源的坐标按书面规则推算，可能偏差约 ${radius_m} 米。`;
		case 'approximate':
			return `只知道大致位置：地图上的图形仅示意，可能偏差约 ${radius_m} 米。`;
		case 'unknown':
			return place.position.description
				? '尚未标在图上：来源用文字说明了它在哪里（见位置描述），但没有给出坐标，因此不打点。'
				: '尚未标在图上：暂未找到说明其位置的可靠来源，因此不打点。';
	}
}

/** What a badge or a list row needs of a place (a PlaceBrief, a list item's fields). */
export type Badged = Pick<PlaceBrief, 'status' | 'category' | 'street'> & {
	position: Pick<PlaceBrief['position'], 'accuracy'>;
};

export function statusLabel(place: Pick<Badged, 'status'>): string {
	return STATUSES[place.status];
}

export function accuracyLabel(place: Pick<Badged, 'position'>): string {
	return ACCURACIES[place.position.accuracy];
}

export interface PositionNotes {
	/** Placed but not from a source's coordinates: one note each (their radii differ). */
	placed: { place: PlaceBrief; note: string }[];
	/** Not on the map: named together, with one shared explanation. */
	unplaced: { names: string[]; note: string } | null;
	/** Where the unplaced ones are, in words, where a source says so. */
	described: { name: string; text: string }[];
}

/** What a group of places (e.g. a story step's) should say about their positions, once each. */
export function positionNotes(places: PlaceBrief[]): PositionNotes {
	const off = places.filter((p) => p.position.accuracy !== 'sourced');
	const placed = off.filter((p) => p.placed).map((place) => ({ place, note: positionNote(place) }));
	const missing = off.filter((p) => !p.placed);
	return {
		placed,
		unplaced:
			missing.length > 0
				? {
						names: missing.map((p) => p.name),
						note: '尚未标在图上：暂未找到给出坐标的可靠来源，因此不打点。'
					}
				: null,
		described: missing.flatMap((p) => {
			const text = p.position.description?.text;
			return text ? [{ name: p.name, text }] : [];
		})
	};
}

/**
 * What a story step says of its places: their progress (one badge per status, landmarks have
 * none) and how far to trust their positions. Worked out at build time, so the story page's
 * script carries neither the label tables nor this code.
 */
export interface StepNotes {
	statuses: string[];
	positions: PositionNotes;
}

export function stepNotes(places: PlaceBrief[]): StepNotes {
	return {
		statuses: [...new Set(places.filter((p) => p.status !== 'landmark').map(statusLabel))],
		positions: positionNotes(places)
	};
}
