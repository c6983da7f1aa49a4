/**
 * What the editor sends to the dev server to change a place's position: the new geometry
 * (WGS-84) and its evidence. The server checks this shape first, then builds the feature and
 * checks the whole file as the build does.
 */
import { z } from 'zod';
import { slugSchema, sourceSchema, surveySchema } from '../../lib/places/schema';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** The shapes a person can draw: a point, a line, an area. */
export const drawnGeometrySchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('Point'), coordinates: lonLat }),
	z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2) }),
	z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(lonLat).min(4)).length(1) })
]);

/** The tiers a person may give a position in the editor. */
export const EDITOR_ACCURACIES = ['surveyed', 'approximate'] as const;

export const editRequestSchema = z
	.object({
		slug: slugSchema,
		geometry: drawnGeometrySchema,
		accuracy: z.enum(EDITOR_ACCURACIES),
		/** How far the true position may be from the drawn geometry, in metres. */
		radius_m: z.number().positive(),
		/** One sentence: how the position was found. */
		method: z.string().trim().min(8, 'one sentence, at least 8 characters'),
		/** Who placed it, on what imagery, when (required for `surveyed`). */
		survey: surveySchema.optional(),
		/** URLs (of the feature's sources, old or added here) that support the position. */
		position_sources: z.array(z.string()),
		/** Sources to add to the feature. */
		new_sources: z.array(sourceSchema),
		/** Why the position lies outside the district outline, when it does. */
		outside_district: z.string().optional(),
		confirm_overwrite_sourced: z.boolean(),
		confirm_overwrite_surveyed: z.boolean()
	})
	.refine((r) => r.accuracy !== 'surveyed' || r.survey !== undefined, {
		message: 'a surveyed position needs who placed it, on what imagery, and when',
		path: ['survey']
	});

export type EditRequest = z.infer<typeof editRequestSchema>;
export type DrawnGeometry = z.infer<typeof drawnGeometrySchema>;
