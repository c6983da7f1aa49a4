/** The page's calls to the editor's endpoints on the dev server (src/editor/server/api.ts). */
import type { Change, EditResult } from '../../lib/server/places-edit';
import type { EditorState } from '../server/api';
import type { StepViewResult } from '../server/steps';
import type { EditRequest } from './request';
import type { Box } from './view';

export type { Change, EditResult, EditorState, StepViewResult };

export interface CandidateRequest {
	slug: string;
	number: number;
	radius_m?: number;
	confirm_overwrite_sourced: boolean;
	confirm_overwrite_surveyed: boolean;
}

export type AcceptReply =
	{ ok: true; written: true; file: string; lines: string[] } | { ok: false; problems: string[] };

const BASE = '/__editor/api/';

async function call<T>(path: string, body?: unknown): Promise<T> {
	const response = await fetch(BASE + path, {
		method: body === undefined ? 'GET' : 'POST',
		headers: body === undefined ? {} : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const json = (await response.json()) as T;
	return json;
}

export const api = {
	state: () => call<EditorState>('state'),
	previewPosition: (req: EditRequest) => call<EditResult>('position/preview', req),
	savePosition: (req: EditRequest) => call<EditResult>('position/save', req),
	previewCandidate: (req: CandidateRequest) => call<EditResult>('candidate/preview', req),
	acceptCandidate: (req: CandidateRequest) => call<AcceptReply>('candidate/accept', req),
	stepView: (id: string, box: Box | null) => call<StepViewResult>('step-view', { id, box })
};

/** Where the offline sketch's layers are served in the editor. */
export const basemapUrls = {
	water: '/__editor/basemap/water.geojson',
	district: '/__editor/basemap/district.geojson',
	neighbours: '/__editor/basemap/neighbours.geojson',
	labels: '/__editor/basemap/labels.geojson'
};
