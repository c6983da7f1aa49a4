/** Types for `linebreak` (UAX #14 line breaking), which ships none. */
declare module 'linebreak' {
	interface Break {
		/** Index in the string where the next line may begin. */
		position: number;
		/** True for a mandatory break (a newline). */
		required: boolean;
	}
	export default class LineBreaker {
		constructor(text: string);
		nextBreak(): Break | null;
	}
}
