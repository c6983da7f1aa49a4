/** Colours shared by the map style and the page (kept in one place so legend and map agree). */
export const palette = {
	land: '#f4f1ea',
	water: '#a9d3e0',
	waterLabel: '#2c6e84',
	district: '#0f4c5c',
	districtFill: 'rgba(15, 76, 92, 0.05)',
	neighbour: '#b9b2a4',
	place: '#c2410c',
	placeDim: '#9a8f80',
	active: '#e11d48',
	halo: '#ffffff'
} as const;
