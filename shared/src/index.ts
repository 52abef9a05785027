export * from './common/errors.js';
export * from './common/rule.js';
export * from './common/validations.js';
export * from './users/roles.js';
export * from './users/working-hours.js';
export * from './users/time-zones.js';
export * from './users/user-rules.js';
export * from './users/navigation.js';
