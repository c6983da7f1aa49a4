import { describe, expect, it } from 'vitest';
import { feedbackHref, parseFeedbackUrl } from './feedback';

describe('the "tell us where it is" link', () => {
	it('is off unless a mailto: address or an https: page is configured', () => {
		for (const bad of [
			undefined,
			'',
			'http://example.cn/form',
			'javascript:alert(1)',
			'mailto:',
			'ftp://x'
		]) {
			expect(parseFeedbackUrl(bad), String(bad)).toBeNull();
		}
		expect(parseFeedbackUrl('mailto:ditu@example.gov.cn')).toBe('mailto:ditu@example.gov.cn');
		expect(parseFeedbackUrl(' https://example.gov.cn/form ')).toBe('https://example.gov.cn/form');
	});

	it('names the place in the mail subject', () => {
		const href = feedbackHref('mailto:ditu@example.gov.cn', { id: 'gantang-lake', name: '甘棠湖' });
		expect(href.startsWith('mailto:ditu@example.gov.cn?subject=')).toBe(true);
		expect(decodeURIComponent(href.split('subject=')[1])).toBe('位置线索：甘棠湖（gantang-lake）');
		expect(href).not.toContain('+');
	});

	it('passes the place to a web form, keeping the form’s own query', () => {
		expect(feedbackHref('https://example.gov.cn/form?from=map', { id: 'x', name: 'X' })).toBe(
			'https://example.gov.cn/form?from=map&place=x'
		);
	});
});
