import { FONT_FAMILY, measure, type DrawnText, type Face, type Weight } from './font';
import { wrap, type Wrapped } from './text';

export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A drawn line of text's box on the card, in pixels. */
export interface TextBox {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface TextStyle {
	size: number;
	weight?: Weight;
	fill: string;
	anchor?: 'start' | 'middle' | 'end';
	/** A light outline behind the letters, for text drawn over the map. */
	halo?: string;
}

/**
 * Draws a card's text as SVG and remembers every string it drew, so the build can check the
 * font has all their glyphs and subset the font to exactly them. Measures with the font itself.
 */
export class Ink {
	readonly drawn: DrawnText[] = [];
	/** Where each text landed: its ink box from the font's ascent to its descent. */
	readonly boxes: TextBox[] = [];

	constructor(private readonly faces: Record<Weight, Face>) {}

	width(text: string, size: number, weight: Weight = 400): number {
		return measure(this.faces[weight], text, size);
	}

	wrap(text: string, maxWidth: number, size: number, weight: Weight, maxLines: number): Wrapped {
		return wrap(text, maxWidth, (s) => this.width(s, size, weight), maxLines);
	}

	/** One line of text with its baseline at (x, y). */
	text(text: string, x: number, y: number, style: TextStyle): string {
		const weight = style.weight ?? 400;
		this.drawn.push({ text, weight });
		const width = this.width(text, style.size, weight);
		const left = style.anchor === 'middle' ? x - width / 2 : style.anchor === 'end' ? x - width : x;
		this.boxes.push({
			text,
			left,
			right: left + width,
			top: y - style.size * 0.88,
			bottom: y + style.size * 0.12
		});
		const common =
			`x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT_FAMILY}" ` +
			`font-size="${style.size}" font-weight="${weight}" text-anchor="${style.anchor ?? 'start'}"`;
		const body = escapeXml(text);
		const halo = style.halo
			? `<text ${common} fill="none" stroke="${style.halo}" stroke-width="${(style.size / 6).toFixed(1)}" stroke-linejoin="round">${body}</text>`
			: '';
		return `${halo}<text ${common} fill="${style.fill}">${body}</text>`;
	}

	/** Lines stacked from the first baseline `y`, `lineHeight` apart. */
	lines(lines: string[], x: number, y: number, lineHeight: number, style: TextStyle): string {
		return lines.map((line, i) => this.text(line, x, y + i * lineHeight, style)).join('');
	}
}
