import { describe, expect, it } from 'vitest';
import { stepFromHash, stepHash } from './url';

const ids = ['coal-wharf', 'two-lakes'];

describe('stepFromHash', () => {
	it('reads a step hash it wrote', () => {
		expect(stepFromHash(stepHash('two-lakes'), ids)).toBe('two-lakes');
	});

	it.each([
		['', 'no hash'],
		['#', 'an empty hash'],
		['#step-', 'a prefix alone'],
		['#step-nope', 'an unknown step'],
		['#coal-wharf', 'an id without the prefix'],
		['#step-%E0%A4%A', 'broken percent-encoding'],
		['#step-../../etc', 'a path'],
		[`#step-${'x'.repeat(500)}`, 'a very long hash'],
		['#<script>alert(1)</script>', 'markup']
	])('ignores %j (%s)', (hash) => {
		expect(stepFromHash(hash, ids)).toBeNull();
	});

	it('accepts a percent-encoded step id', () => {
		expect(stepFromHash('#step-coal%2Dwharf', ids)).toBe('coal-wharf');
	});
});
