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
	halo: '#ffffff',
	/** Label colours: each at least 4.5:1 against the white halo (see palette.test.ts). */
	text: '#3b2f25',
	activeText: '#9f1239',
	dimText: '#5b5247'
} as const;

/**
 * One colour per place category, for maps that colour places by category (the explore page)
 * and their legend. Each at least 3:1 against the land and the river (see palette.test.ts),
 * none near the rose of a selected place.
 */
export const categoryColours = {
	industry: '#2563eb',
	'urban-renewal': '#b45309',
	'culture-tourism': '#7c3aed',
	livelihood: '#0f766e',
	environment: '#4d7c0f',
	infrastructure: '#1e293b',
	governance: '#86198f',
	landmark: '#66605a'
} as const;
