import { describe, expect, it } from 'vitest';
import { matchPlaces, type SearchEntry } from './search';

const entry = (
	slug: string,
	name: string,
	pinyin: string,
	initials: string,
	nameEn: string
): SearchEntry => ({
	slug,
	name,
	nameEn,
	aliases: [],
	pinyin,
	initials,
	category: '',
	status: '',
	street: null,
	placed: true,
	where: null
});

const entries = [
	entry(
		'wharf',
		'国能九江发电煤码头',
		'guonengjiujiangfadianmeimatou',
		'gnjjfdmmt',
		'Guoneng coal wharf'
	),
	entry('lake', '南门湖', 'nanmenhu', 'nmh', 'Nanmen Lake'),
	entry('tower', '锁江楼', 'suojianglou', 'sjl', 'Suojiang Tower')
];

describe('matchPlaces', () => {
	it('finds a place by its Chinese name', () => {
		expect(matchPlaces('码头', entries).map((e) => e.slug)).toEqual(['wharf']);
	});

	it('finds a place by full pinyin and by initials, ignoring case and spaces', () => {
		expect(matchPlaces('Nan Men', entries).map((e) => e.slug)).toEqual(['lake']);
		expect(matchPlaces('sjl', entries).map((e) => e.slug)).toEqual(['tower']);
	});

	it('ranks names that start with the query first', () => {
		// 'nanmenhu' starts with "n"; the other two only contain it.
		const found = matchPlaces('n', entries).map((e) => e.slug);
		expect(found[0]).toBe('lake');
		expect(found).toHaveLength(3);
	});

	it('returns every place for an empty query and none for nonsense', () => {
		expect(matchPlaces('  ', entries)).toHaveLength(3);
		expect(matchPlaces('zzzz', entries)).toEqual([]);
	});
});

describe('matchPlaces is tolerant of how pinyin is typed', () => {
	const more = [
		...entries,
		entry('estate', '曹家山三期安置小区', 'caojiashansanqianzhixiaoqu', 'cjssqazxq', 'Caojiashan'),
		entry('green', '绿道', 'lüdao', 'ld', 'Greenway')
	];
	const slugs = (q: string) => matchPlaces(q, more).map((e) => e.slug);

	it('ignores tone marks and spaces', () => {
		expect(slugs('cáojiāshān')).toEqual(['estate']);
		expect(slugs('Cáo Jiā Shān')).toEqual(['estate']);
	});

	it('reads v and ü alike, and full-width letters as half-width', () => {
		expect(slugs('lvdao')).toEqual(['green']);
		expect(slugs('lüdao')).toEqual(['green']);
		expect(slugs('ｃｊｓ')).toEqual(['estate']);
	});
});
