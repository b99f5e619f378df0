/**
 * The core's public surface for the host and webviews: pure TypeScript, no vscode.
 */
export * from './model';
export * from './types';
export * from './slug';
export * from './dates';
export * from './validate-codes';
export { KNOWN_KEYS, suggestKey, type Section } from './validate-keys';
export { parseGoals, sourceRangesOf, type SourceRanges, type TopKey } from './parse';
export * from './progress';
export * from './pace';
export * from './cadence';
export * from './pitfalls';
export * from './analyze';
export * from './edits/index';
