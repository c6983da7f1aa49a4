import { describe, expect, it } from 'vitest';
import { editRequestSchema } from './request';
import { missing, toRequest, type EvidenceForm } from './form';

const point = { type: 'Point' as const, coordinates: [115.98, 29.72] as [number, number] };

const filled = (over: Partial<EvidenceForm> = {}): EvidenceForm => ({
	accuracy: 'surveyed',
	by: '区住建局 张三',
	imagery: '天地图影像',
	imageryEdited: false,
	date: '2026-12-02',
	radius: 30,
	method: '在天地图影像上按大门位置标定。',
	positionSources: [],
	newSources: [],
	outside: '',
	confirmSourced: false,
	confirmSurveyed: false,
	...over
});

describe('missing: what the form still needs', () => {
	it('nothing for a complete surveyed change', () => {
		expect(missing(filled(), point)).toEqual([]);
	});

	it('a geometry, a radius, a one-sentence method', () => {
		expect(missing(filled({ radius: null, method: '太短' }), null)).toEqual([
			'新位置（在地图上点选、画线、画面或粘贴坐标）',
			'误差半径',
			'方法（一句话，至少 8 个字）'
		]);
	});

	it('who, on what imagery and when, for a surveyed position only', () => {
		const gaps = missing(filled({ by: '', imagery: ' ', date: '' }), point);
		expect(gaps).toEqual(['标定人', '所用影像', '标定日期']);
		expect(
			missing(
				filled({ accuracy: 'approximate', by: '', positionSources: ['https://a.example/'] }),
				point
			)
		).toEqual([]);
	});

	it('a supporting source for an approximate position', () => {
		expect(missing(filled({ accuracy: 'approximate' }), point)).toEqual([
			'至少一个支持此位置的来源'
		]);
	});
});

describe('toRequest', () => {
	it('sends the survey for a surveyed position, trimmed, in the shape the server checks', () => {
		const req = toRequest(
			'gantang-lake',
			point,
			filled({ by: ' 张三 ', method: ' 在影像上标定湖心岛。 ' })
		);
		expect(req).toMatchObject({
			slug: 'gantang-lake',
			accuracy: 'surveyed',
			radius_m: 30,
			method: '在影像上标定湖心岛。',
			survey: { by: '张三', imagery: '天地图影像', date: '2026-12-02' },
			confirm_overwrite_sourced: false
		});
		expect(editRequestSchema.safeParse(req).success).toBe(true);
	});

	it('sends no survey for an approximate position, and the confirmations as given', () => {
		const req = toRequest(
			'suojiang-tower',
			point,
			filled({
				accuracy: 'approximate',
				positionSources: ['https://a.example/'],
				confirmSourced: true
			})
		);
		expect(req.survey).toBeUndefined();
		expect(req.confirm_overwrite_sourced).toBe(true);
		expect(editRequestSchema.safeParse(req).success).toBe(true);
	});
});
