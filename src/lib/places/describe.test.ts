import { describe, expect, it } from 'vitest';
import { positionNotes, stepNotes } from './describe';
import type { PlaceBrief } from './brief';

function place(
	id: string,
	accuracy: PlaceBrief['position']['accuracy'],
	where?: string
): PlaceBrief {
	return {
		id,
		name: `地点${id}`,
		status: 'ongoing',
		category: 'landmark',
		street: null,
		placed: accuracy !== 'unknown',
		position: {
			accuracy,
			radius_m: accuracy === 'unknown' ? null : 300,
			description: where ? { text: where, sources: ['https://example.org'] } : null
		}
	};
}

describe('position notes for a group of places', () => {
	it('names five unplaced places in one sentence instead of repeating it five times', () => {
		const notes = positionNotes(['a', 'b', 'c', 'd', 'e'].map((id) => place(id, 'unknown')));
		expect(notes.unplaced?.names).toEqual(['地点a', '地点b', '地点c', '地点d', '地点e']);
		expect(notes.placed).toEqual([]);
	});

	it('keeps one note per placed place whose position is not from a source', () => {
		const notes = positionNotes([place('a', 'sourced'), place('b', 'derived')]);
		expect(notes.placed.map((n) => n.place.id)).toEqual(['b']);
		expect(notes.placed[0].note).toContain('300 米');
		expect(notes.unplaced).toBeNull();
	});

	it('gives the words-location of an unplaced place when a source has one', () => {
		const notes = positionNotes([
			place('a', 'unknown', '老城南面，东邻南门湖'),
			place('b', 'unknown')
		]);
		expect(notes.described).toEqual([{ name: '地点a', text: '老城南面，东邻南门湖' }]);
	});
});

describe("a story step's notes", () => {
	it('gives each status one badge, none for landmarks, in the order the places come', () => {
		const planned = { ...place('a', 'sourced'), status: 'planned-2024' as const };
		const done = { ...place('b', 'derived'), status: 'completed-2023' as const };
		const again = { ...place('c', 'unknown'), status: 'planned-2024' as const };
		const landmark = { ...place('d', 'sourced'), status: 'landmark' as const };
		const notes = stepNotes([planned, done, again, landmark]);
		expect(notes.statuses).toEqual(['2024年计划', '2023年已完成']);
		expect(notes.positions).toEqual(positionNotes([planned, done, again, landmark]));
	});
});
