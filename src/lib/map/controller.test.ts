import { describe, expect, it } from 'vitest';
import type { Camera } from './camera';
import { MapController, type MapLike, type MapState } from './controller';
import type { Frame } from './frame';

/** A stand-in for MapLibre that records what it was asked to do. */
function fakeMap(width = 800, height = 600) {
	const calls: string[] = [];
	const states = new Map<string, Record<string, boolean>>();
	let camera: Camera | null = null;
	const map: MapLike & { calls: string[]; states: typeof states; camera: () => Camera | null } = {
		calls,
		states,
		camera: () => camera,
		stop: () => calls.push('stop'),
		flyTo: (o) => {
			calls.push(`fly ${o.maxDuration}`);
			camera = o;
		},
		jumpTo: (o) => {
			calls.push('jump');
			camera = o;
		},
		setFeatureState: (f, s) => states.set(f.id, { ...states.get(f.id), ...s }),
		setGlobalStateProperty: (name, value) => {
			calls.push(`global ${name}=${value}`);
		},
		getContainer: () => ({ clientWidth: width, clientHeight: height })
	};
	return map;
}

const frame: Frame = { box: [116.0, 29.7, 116.06, 29.76], margin: 0.1, maxZoom: 13.5 };
const state: MapState = { frame, active: ['a'], dimOthers: true };

describe('MapController', () => {
	it('flies to the middle of the frame when animated, lights the active places, dims the rest', () => {
		const map = fakeMap();
		new MapController(map).apply(state, { animate: true });
		expect(map.calls).toEqual([
			'global dimOthers=true',
			'global activePlaces=a',
			'stop',
			'fly 2000'
		]);
		expect(map.camera()!.center[0]).toBeCloseTo(116.03, 6);
		expect(map.states.get('a')).toEqual({ active: true });
	});

	it('unlights the places of the previous state', () => {
		const map = fakeMap();
		const controller = new MapController(map);
		controller.apply(state, { animate: false });
		controller.apply({ ...state, active: ['b'] }, { animate: false });
		expect(map.states.get('a')).toEqual({ active: false });
		expect(map.states.get('b')).toEqual({ active: true });
	});

	it('jumps when not animated', () => {
		const map = fakeMap();
		new MapController(map).apply(state, { animate: false });
		expect(map.calls).toEqual(['global dimOthers=true', 'global activePlaces=a', 'stop', 'jump']);
	});

	it('does nothing when the same state is applied again', () => {
		const map = fakeMap();
		const controller = new MapController(map);
		controller.apply(state, { animate: true });
		controller.apply({ ...state, frame: { ...frame, box: [...frame.box] } }, { animate: true });
		expect(map.calls).toEqual([
			'global dimOthers=true',
			'global activePlaces=a',
			'stop',
			'fly 2000'
		]);
	});

	it('frames for the map’s real size: a small map shows the same ground at a lower zoom', () => {
		const big = fakeMap(1600, 1000);
		const small = fakeMap(390, 354);
		const wide: Frame = { ...frame, maxZoom: 18 };
		new MapController(big).apply({ ...state, frame: wide }, { animate: false });
		new MapController(small).apply({ ...state, frame: wide }, { animate: false });
		expect(small.camera()!.zoom).toBeLessThan(big.camera()!.zoom);
	});

	it('after a resize, shows the same ground again', () => {
		let size = { clientWidth: 1280, clientHeight: 800 };
		const map = fakeMap();
		map.getContainer = () => size;
		const controller = new MapController(map);
		controller.apply({ ...state, frame: { ...frame, maxZoom: 18 } }, { animate: false });
		const before = map.camera()!.zoom;
		size = { clientWidth: 390, clientHeight: 354 };
		controller.refit();
		expect(map.camera()!.zoom).toBeLessThan(before);
	});
});

describe('MapController layer switches (explore)', () => {
	it('sends only the switches that changed', () => {
		const map = fakeMap();
		const controller = new MapController(map);
		controller.setLayers({ byCategory: true, allRadii: true, visible: ['a', 'b'] });
		expect(map.calls).toEqual([
			'global byCategory=true',
			'global allRadii=true',
			'global visiblePlaces=a,b',
			'global filterPlaces=true'
		]);
		map.calls.length = 0;
		controller.setLayers({ byCategory: true, allRadii: true, visible: ['a'] });
		expect(map.calls).toEqual(['global visiblePlaces=a']);
		map.calls.length = 0;
		controller.setLayers({ byCategory: true, allRadii: true, visible: ['a'] });
		expect(map.calls).toEqual([]);
		// No list: every place again.
		controller.setLayers({ byCategory: true, allRadii: true, visible: null });
		expect(map.calls).toEqual(['global visiblePlaces=', 'global filterPlaces=false']);
	});

	it('points at one place at a time and sets both again after a style change', () => {
		const map = fakeMap();
		const controller = new MapController(map);
		controller.setHover('a');
		controller.setHover('b');
		expect(map.states.get('a')).toEqual({ hover: false });
		expect(map.states.get('b')).toEqual({ hover: true });
		controller.setLayers({ visible: ['b'] });
		// A new style forgets feature and global states.
		map.states.clear();
		map.calls.length = 0;
		controller.refresh();
		expect(map.states.get('b')).toEqual({ hover: true });
		expect(map.calls).toContain('global visiblePlaces=b');
		controller.setHover(null);
		expect(map.states.get('b')).toEqual({ hover: false });
	});
});
