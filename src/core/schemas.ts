/** The JSON Schemas shipped in `schemas/`, written from the same definitions the widgets read data with. */
import { type JsonSchema, toJsonSchema } from './schema.js';
import { judgementGrid } from './shapes/judgements.js';
import { kpi, kpiDocument } from './shapes/kpi.js';
import { ragMatrix } from './shapes/rag.js';
import { timeline } from './shapes/timeline.js';

const BASE = 'https://inspection-kit.example/schemas/';

export const JSON_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  'judgement-grid.json': toJsonSchema(judgementGrid, `${BASE}judgement-grid.json`, 'Judgement grid'),
  'rag-matrix.json': toJsonSchema(ragMatrix, `${BASE}rag-matrix.json`, 'RAG matrix'),
  'kpi.json': toJsonSchema(kpi, `${BASE}kpi.json`, 'KPI'),
  'kpis.json': toJsonSchema(kpiDocument, `${BASE}kpis.json`, 'KPI document'),
  'deadline-timeline.json': toJsonSchema(timeline, `${BASE}deadline-timeline.json`, 'Deadline timeline'),
};
