/**
 * The order keys are written in, as in the template: new keys are placed by it. A
 * leaf module, so that the scans (fast.ts) and the ops can both read it.
 */
/** Key order of a goal, as in the template; new keys are placed by it. */
export const GOAL_ORDER = ['id', 'title', 'horizon', 'status', 'why', 'values', 'parent', 'start', 'due', 'adjustments', 'metric', 'checkpoints', 'tasks', 'resources', 'flexibility', 'notes'] as const;
/** Key order of tasks and checkpoints. */
export const ITEM_ORDER = ['title', 'date', 'done', 'priority', 'due'] as const;
/** Key order of a metric. */
export const METRIC_ORDER = ['name', 'unit', 'start', 'target', 'current'] as const;
/** Key order of resources. */
export const RESOURCE_ORDER = ['time', 'learning', 'tools'] as const;
/** Key order of the focus block. */
export const FOCUS_ORDER = ['quarter', 'theme', 'goals'] as const;
/** Key order at the top of the file. */
export const TOP_ORDER = ['version', 'vision', 'focus', 'goals', 'wins', 'lessons'] as const;
