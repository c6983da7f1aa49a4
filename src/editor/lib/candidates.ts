/** Geocoding candidates as preview features on the editor's map. */
import type { ReviewPlace } from '../../lib/server/geocode/review';

export function candidateFeatures(
	review: ReviewPlace | null,
	chosen: number | null
): GeoJSON.Feature[] {
	if (!review) return [];
	return review.candidates.map((c) => ({
		type: 'Feature',
		geometry: { type: 'Point', coordinates: c.coordinates },
		properties: {
			color: c.verdict === 'rejected' ? '#9ca3af' : '#7c3aed',
			hollow: c.verdict === 'rejected' || (chosen !== null && c.number !== chosen),
			label: `候选 ${c.number}${c.verdict === 'rejected' ? '（已排除）' : ''}`
		}
	}));
}
