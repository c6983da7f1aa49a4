import { describe, expect, it } from 'vitest';
import type { Accuracy } from '../../lib/places/labels';
import { matchesFilter, NEED_ORDER, sortByNeed, tierCounts, type ListedPlace } from './need';

const place = (id: string, name: string, accuracy: Accuracy, words?: string): ListedPlace => ({
	id,
	properties: {
		name,
		aliases: [name],
		position: { accuracy, description: words ? { text: words } : null }
	}
});

const list = [
	place('tower', '锁江楼', 'sourced'),
	place('road', '滨江路', 'approximate'),
	place('lake-b', '南门湖', 'unknown', '甘棠湖东面'),
	place('wharf', '煤码头', 'derived'),
	place('lake-a', '甘棠湖', 'unknown', '老城南面'),
	place('park', '公园', 'surveyed'),
	place('hit', '地名', 'geocoded')
];

describe('sortByNeed', () => {
	it('puts unknown first, then approximate, derived, and the rest (geocoded, surveyed, sourced)', () => {
		expect(sortByNeed(list).map((p) => p.properties.position.accuracy)).toEqual([
			'unknown',
			'unknown',
			'approximate',
			'derived',
			'geocoded',
			'surveyed',
			'sourced'
		]);
		expect(NEED_ORDER.slice(0, 3)).toEqual(['unknown', 'approximate', 'derived']);
	});

	it('orders a tier by the Chinese name (pinyin: gan before nan) and leaves its input alone', () => {
		const input = [...list];
		const sorted = sortByNeed(input);
		expect(sorted.slice(0, 2).map((p) => p.id)).toEqual(['lake-a', 'lake-b']);
		expect(input).toEqual(list);
	});
});

describe('matchesFilter', () => {
	it('matches name, slug, words-location and the tier in Chinese or as a code', () => {
		const lake = list[4];
		expect(matchesFilter(lake, '甘棠')).toBe(true);
		expect(matchesFilter(lake, 'LAKE-A')).toBe(true);
		expect(matchesFilter(lake, '老城')).toBe(true);
		expect(matchesFilter(lake, '未标')).toBe(true);
		expect(matchesFilter(lake, 'unknown')).toBe(true);
		expect(matchesFilter(lake, '锁江')).toBe(false);
	});

	it('needs every word to match, and an empty filter matches everything', () => {
		expect(matchesFilter(list[2], '南门 甘棠湖东')).toBe(true);
		expect(matchesFilter(list[2], '南门 老城')).toBe(false);
		expect(list.every((p) => matchesFilter(p, '  '))).toBe(true);
	});
});

describe('tierCounts', () => {
	it('counts places per tier in need order, leaving out empty tiers', () => {
		expect(tierCounts(list.slice(0, 5))).toEqual([
			{ accuracy: 'unknown', count: 2 },
			{ accuracy: 'approximate', count: 1 },
			{ accuracy: 'derived', count: 1 },
			{ accuracy: 'sourced', count: 1 }
		]);
	});
});
