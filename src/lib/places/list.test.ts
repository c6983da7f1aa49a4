import { describe, expect, it } from 'vitest';
import {
	applyFilters,
	facetOptions,
	groupItems,
	isFiltering,
	NO_FILTERS,
	type Filters,
	type PlaceItem
} from './list';

const item = (slug: string, over: Partial<PlaceItem> = {}): PlaceItem => ({
	slug,
	name: slug,
	nameEn: slug,
	aliases: [],
	pinyin: slug,
	initials: slug[0],
	category: 'industry',
	status: 'completed-2023',
	street: null,
	accuracy: 'unknown',
	radius_m: null,
	where: null,
	geometry: null,
	...over
});

const items = [
	item('wharf', { category: 'infrastructure', accuracy: 'derived', status: 'completed-2023' }),
	item('park', { category: 'industry', status: 'planned-2024', street: '甘棠' }),
	item('school', { category: 'livelihood', status: 'planned-2024', street: '湓浦' }),
	item('lake', { category: 'environment', status: 'ongoing', street: '甘棠' })
];
const slugs = (list: PlaceItem[]) => list.map((i) => i.slug);
const filters = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('applyFilters', () => {
	it('keeps every place with no filter set', () => {
		expect(slugs(applyFilters(items, NO_FILTERS))).toEqual(['wharf', 'park', 'school', 'lake']);
		expect(isFiltering(NO_FILTERS)).toBe(false);
	});

	it('within one facet any chosen value will do', () => {
		const f = filters({ cat: ['industry', 'livelihood'] });
		expect(slugs(applyFilters(items, f))).toEqual(['park', 'school']);
		expect(isFiltering(f)).toBe(true);
	});

	it('across facets every filter must hold, and the search narrows further', () => {
		expect(
			slugs(applyFilters(items, filters({ status: ['planned-2024'], street: ['甘棠'] })))
		).toEqual(['park']);
		expect(slugs(applyFilters(items, filters({ status: ['planned-2024'], q: 'sch' })))).toEqual([
			'school'
		]);
	});

	it('a place with no street is found under “none”', () => {
		expect(slugs(applyFilters(items, filters({ street: ['none'] })))).toEqual(['wharf']);
	});
});

describe('facetOptions', () => {
	it('counts each value under the other facets’ filters, not its own', () => {
		const f = filters({ status: ['planned-2024'], cat: ['industry'] });
		const cats = facetOptions(items, f, 'cat');
		// Planned places: park (industry) and school (livelihood); the category filter itself is
		// left out so the reader sees what choosing livelihood too would add.
		expect(cats.find((o) => o.value === 'industry')?.count).toBe(1);
		expect(cats.find((o) => o.value === 'livelihood')?.count).toBe(1);
		expect(cats.find((o) => o.value === 'environment')?.count).toBe(0);
	});

	it('offers only values some place has, in the facet’s order, with Chinese labels', () => {
		expect(facetOptions(items, NO_FILTERS, 'street')).toEqual([
			{ value: '甘棠', label: '甘棠街道', count: 2 },
			{ value: '湓浦', label: '湓浦街道', count: 1 },
			{ value: 'none', label: '未注明街道', count: 1 }
		]);
		expect(facetOptions(items, NO_FILTERS, 'acc').map((o) => o.label)).toEqual([
			'按规则推算',
			'未标在图上'
		]);
	});
});

describe('groupItems', () => {
	it('groups in the facet’s order and drops empty groups', () => {
		const groups = groupItems(items, 'cat');
		expect(groups.map((g) => g.label)).toEqual(['产业发展', '民生保障', '生态环境', '基础设施']);
		expect(groups.map((g) => slugs(g.items))).toEqual([['park'], ['school'], ['lake'], ['wharf']]);
	});
});
