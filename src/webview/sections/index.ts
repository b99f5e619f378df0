/** Every section, by id. */
import { adjust } from './adjust';
import { alignment } from './alignment';
import { celebrate } from './celebrate';
import { focus } from './focus';
import { lessons } from './lessons';
import { metrics } from './metrics';
import { plans } from './plans';
import { progress } from './progress';
import { quarter } from './quarter';
import { reflect } from './reflect';
import { revise } from './revise';
import type { SectionDef, SectionId } from './section';
import { summary } from './summary';
import { work } from './work';

export { sectionsOf, type SectionDef, type SectionId } from './section';

/** Section definitions keyed by id. */
export const SECTIONS: Record<SectionId, SectionDef> = { celebrate, work, progress, adjust, alignment, plans, lessons, revise, metrics, focus, quarter, reflect, summary };
