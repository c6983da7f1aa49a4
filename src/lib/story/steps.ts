import data from './steps.json';
import type { StoryStep } from './types';

/** The six sites of the report the story must reach (the two lakes count as one site). */
export const STORY_SITES = [
	'caojiashan-phase-3',
	'sunjialong-community',
	'binjiang-road',
	'gantang-lake',
	'nanmen-lake',
	'dazhong-road',
	'guoneng-coal-wharf'
] as const;

/**
 * The story, in reading order, from steps.json (authored data: edit it by hand or with the
 * location editor). The build checks it against schema.ts and every quote against the report
 * (src/lib/server/story-check.ts), so here it is only typed.
 */
export const steps: StoryStep[] = (data as { steps: StoryStep[] }).steps;
