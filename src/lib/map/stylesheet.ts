import href from 'maplibre-gl/dist/maplibre-gl.css?url';

let loading: Promise<void> | null = null;

/**
 * MapLibre's stylesheet, fetched when the map starts, alongside its JavaScript. It is a file of
 * the build referenced by URL (not imported as CSS), so the page never lists it in its <head>
 * as render-blocking CSS for a map that may never start. Resolves when it has loaded (or
 * failed: the map works without it, only its controls look plain).
 */
export function loadMapStylesheet(): Promise<void> {
	if (loading) return loading;
	loading = new Promise((resolve) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		link.onload = () => resolve();
		link.onerror = () => resolve();
		document.head.append(link);
	});
	return loading;
}
