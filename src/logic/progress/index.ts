/** Everything the progress and review islands need, from one import. */
export * from './schema';
export * from './read-progress';
export * from './record-attempt';
export * from './export-import';
export * from './lesson-progress';
export * from './review';
