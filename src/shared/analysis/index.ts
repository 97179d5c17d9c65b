/** Analysis of a coded project: retrieval, frequencies, co-occurrence, crosstabs, checklist. */
export * from './retrieval';
export * from './frequencies';
export * from './cooccurrence';
export * from './crosstab';
export * from './table-export';
export * from './checklist';
