import { describe, expect, it } from 'vitest';
import { NO_QUERY, parseQuery, toQuery, type ExploreQuery } from './query';

const slugs = new Set(['caojiashan-phase-3', 'binjiang-road']);

describe('the explore address', () => {
	it('reads filters, search and selection', () => {
		const q = parseQuery(
			'?cat=livelihood,industry&status=planned-2024&street=%E7%94%98%E6%A3%A0,none&acc=unknown&q=cjs&site=binjiang-road',
			slugs
		);
		expect(q).toEqual({
			cat: ['industry', 'livelihood'],
			status: ['planned-2024'],
			street: ['甘棠', 'none'],
			acc: ['unknown'],
			q: 'cjs',
			site: 'binjiang-road'
		});
	});

	it('round-trips: the address of a state reads back as that state', () => {
		const state: ExploreQuery = {
			cat: ['industry', 'environment'],
			status: ['ongoing'],
			street: ['人民路'],
			acc: ['sourced', 'approximate'],
			q: '曹家山 & 50% off?',
			site: 'caojiashan-phase-3'
		};
		expect(parseQuery(toQuery(state), slugs)).toEqual(state);
		expect(toQuery(NO_QUERY)).toBe('');
	});

	it('gives equal views equal addresses (values in a fixed order, once each)', () => {
		const a = parseQuery('?cat=industry,livelihood,industry', slugs);
		const b = parseQuery('?cat=livelihood&cat=industry', slugs);
		expect(toQuery(a)).toBe(toQuery(b));
		expect(toQuery(a)).toBe('?cat=industry,livelihood');
	});

	it('drops unknown values, unknown places and unknown keys without an error', () => {
		const q = parseQuery(
			'?cat=bogus,industry&status=&street=Paris&acc=%%%&site=nope&zoom=3',
			slugs
		);
		expect(q).toEqual({ ...NO_QUERY, cat: ['industry'] });
	});

	it('survives malformed escapes, control characters and overlong searches', () => {
		expect(parseQuery('?q=%E0%A4%A&cat=%', slugs).cat).toEqual([]);
		expect(parseQuery('?q=a%00b%0Ac', slugs).q).toBe('abc');
		expect([...parseQuery(`?q=${'曹'.repeat(500)}`, slugs).q]).toHaveLength(50);
		expect(parseQuery('', slugs)).toEqual(NO_QUERY);
	});
});
