import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { overlayStyle } from './style';

const TIMEOUT_MS = 8000;

/**
 * Switches a map that started on the offline sketch to a third-party style URL, with our
 * outline and places on top. If the style cannot be fetched, or its tiles fail later (no
 * network at the venue), the map goes back to `offline`. `restyled` runs after every style
 * change, so highlights can be set again; `failed` once, when the map falls back.
 */
export async function useStyleUrl(
	map: MaplibreMap,
	url: string,
	offline: StyleSpecification,
	restyled: () => void,
	failed: () => void
): Promise<void> {
	let fellBack = false;
	const fallBack = () => {
		if (fellBack) return;
		fellBack = true;
		map.off('error', onError);
		map.once('style.load', restyled);
		map.setStyle(offline, { diff: false });
		failed();
	};
	const ours = new Set(Object.keys(offline.sources));
	const onError = (event: { sourceId?: string }) => {
		if (event.sourceId && !ours.has(event.sourceId)) fallBack();
	};
	let style: StyleSpecification;
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		style = (await response.json()) as StyleSpecification;
		if (style?.version !== 8 || !Array.isArray(style.layers))
			throw new Error(`${url}: not a style`);
	} catch {
		failed();
		return;
	}
	map.on('error', onError);
	map.once('style.load', restyled);
	map.setStyle(overlayStyle(style, offline), { diff: false });
}
