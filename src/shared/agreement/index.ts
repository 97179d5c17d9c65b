export * from './stats';
export * from './agreement';
