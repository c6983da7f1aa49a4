// The story's types, inferred from its schema (schema.ts); type-only, so no validation code
// reaches the browser.
export type { FigureMark, Quote, StoryStep } from './schema';
export { THEMES, type Theme } from './themes';
