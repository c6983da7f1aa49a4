import { describe, expect, it } from 'vitest';
import { originProblem, parseOrigin } from './origin';

describe('the public origin of a build', () => {
	it('is absent when unset, blank or not an address', () => {
		for (const value of [
			undefined,
			'',
			'   ',
			'xunyang.gov.cn',
			'ftp://x.cn',
			'javascript:alert(1)'
		]) {
			expect(parseOrigin(value), String(value)).toBeNull();
		}
	});

	it('keeps scheme, host and port only (paths carry BASE_PATH themselves)', () => {
		expect(parseOrigin('https://www.example.gov.cn/')).toBe('https://www.example.gov.cn');
		expect(parseOrigin('https://example.cn/xunyang-2024/')).toBe('https://example.cn');
		expect(parseOrigin('http://localhost:4173')).toBe('http://localhost:4173');
	});

	it('flags a build without an https origin as not fit to publish', () => {
		expect(originProblem(undefined)).toMatch(/not set/);
		expect(originProblem('http://localhost:4173')).toMatch(/not an https/);
		expect(originProblem('https://www.example.gov.cn')).toBeNull();
	});
});
