// MapLibre, in the lazy map chunk (its stylesheet comes separately: see stylesheet.ts).
export { Map, NavigationControl, ScaleControl } from 'maplibre-gl';
export type { Map as MaplibreMap, MapGeoJSONFeature } from 'maplibre-gl';
