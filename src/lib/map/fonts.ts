/**
 * Fonts for map labels. The offline style has no `glyphs` URL, so MapLibre draws every label
 * with the browser's own fonts: these names are CSS font families, tried in order.
 */
export const LABEL_FONT_STACK = ['Noto Sans CJK SC', 'Noto Sans SC', 'sans-serif'];

/** Used by MapLibre for CJK ideographs (localIdeographFontFamily). */
export const IDEOGRAPH_FONT_FAMILY =
	"'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
