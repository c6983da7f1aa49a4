// The basemap's GeoJSON files are served as static assets (fetched by MapLibre), not inlined
// into the JavaScript bundle.
import districtUrl from '../../../geo/basemap/district.geojson?url';
import labelsUrl from '../../../geo/basemap/labels.geojson?url';
import neighboursUrl from '../../../geo/basemap/neighbours.geojson?url';
import waterUrl from '../../../geo/basemap/water.geojson?url';
import type { BasemapUrls } from './style';

export const basemapUrls: BasemapUrls = {
	water: waterUrl,
	district: districtUrl,
	neighbours: neighboursUrl,
	labels: labelsUrl
};
