/** The shared core: pure functions for loading, validation, scales, statuses, periods, timescales and formatting. */
export * from './csv.js';
export * from './format.js';
export * from './links.js';
export * from './load.js';
export * from './periods.js';
export * from './problems.js';
export * from './scales.js';
export * from './schema.js';
export * from './shapes/judgements.js';
export * from './shapes/kpi.js';
export * from './shapes/rag.js';
export * from './shapes/timeline.js';
export * from './status.js';
export * from './timescales.js';
