// The map chunk: MapLibre and its stylesheet in one dynamic import, so the browser fetches the
// CSS alongside the JS (not after it) and nothing of the map is loaded before it is wanted.
import 'maplibre-gl/dist/maplibre-gl.css';

export { Map, NavigationControl, ScaleControl } from 'maplibre-gl';
export type { Map as MaplibreMap, MapGeoJSONFeature } from 'maplibre-gl';
