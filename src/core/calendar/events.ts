/**
 * calendar/: the plan as calendar events, for an `.ics` file (src/shared/ics.ts writes
 * them). All-day events for each open checkpoint, each open task with a due date and
 * each active goal's due date; recurring events for the reviews, following the rhythm;
 * and one event over each pause. Done, dropped and paused goals, and done items, get
 * none. Every event's UID comes from the goal id and the item, so importing a later
 * export again updates the events rather than adding copies. It imports rhythm/,
 * analysis/, time/, text/ and model.ts.
 */
import * as l10n from '@vscode/l10n';
import { reviewCadence } from '../analysis/cadence';
import { monthlyAnchor, quarterAnchor, weeklyAnchor } from '../rhythm';
import { slugify } from '../text/slug';
import { dayOf, dayToIso, isoToDay } from '../time/dates';
import { REVIEW_KINDS, WEEKDAYS, type GoalsModel, type IsoDate, type ReviewKind, type ReviewRecord, type Weekday } from '../model';
import { REVIEW_TITLES } from '../words/review-kinds';

/** A day of the week as iCalendar writes it. */
export type IcsDay = 'SU' | 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA';

/** How an event repeats: an iCalendar RRULE in parts. */
type Repeat = { freq: 'WEEKLY'; byDay?: IcsDay } | { freq: 'MONTHLY'; interval?: number; byMonthDay?: number; byDay?: IcsDay; bySetPos?: number };

/** One all-day event. */
export interface CalendarEvent {
  /** Stable across exports: the same item gives the same UID. */
  uid: string;
  summary: string;
  description?: string;
  /** First day. */
  start: IsoDate;
  /** Last day, included. */
  end: IsoDate;
  repeat?: Repeat;
}

const DOMAIN = 'career-goals';
const ICS_DAYS: readonly IcsDay[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const icsDay = (w: Weekday): IcsDay => ICS_DAYS[WEEKDAYS.indexOf(w)] ?? 'MO';

/** The events of `model` on `today`, given the reviews done so far (the journal). */
export function calendarEvents(model: GoalsModel, reviews: readonly ReviewRecord[], today: Date): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  const taken = new Map<string, number>();
  /** `base`, or `base-2`, `base-3`… for a second item of the same name. */
  const uid = (base: string): string => {
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    return `${n === 1 ? base : `${base}-${n}`}@${DOMAIN}`;
  };
  const day = (iso: IsoDate, summary: string, id: string, description?: string): void => {
    out.push({ uid: uid(id), summary, start: iso, end: iso, ...(description ? { description } : {}) });
  };
  for (const goal of model.goals) {
    if (goal.status !== 'active') continue;
    const from = l10n.t('From goals.yaml, goal “{0}”.', goal.title);
    if (goal.due) day(goal.due, l10n.t('Due: {0}', goal.title), `goal/${goal.id}/due`, goal.why ? l10n.t('From goals.yaml, goal “{0}”. Why: {1}', goal.title, goal.why) : from);
    for (const c of goal.checkpoints) if (!c.done && c.date) day(c.date, l10n.t('Checkpoint: {0}', c.title), `goal/${goal.id}/checkpoint/${slugify(c.title)}`, from);
    for (const t of goal.tasks) if (!t.done && t.due) day(t.due, l10n.t('Task: {0}', t.title), `goal/${goal.id}/task/${slugify(t.title)}`, from);
  }
  out.push(...reviewEvents(model, reviews, today));
  for (const p of model.pauses ?? []) {
    out.push({
      uid: uid(`pause/${p.from}`),
      summary: p.note ? l10n.t('Paused: {0}', p.note) : l10n.t('Paused'),
      start: p.from,
      end: p.to,
      description: l10n.t('No review falls due and the pace line stands still (goals.yaml, pauses).'),
    });
  }
  return out;
}

/** One recurring event per review, from its next due day on. */
function reviewEvents(model: GoalsModel, reviews: readonly ReviewRecord[], today: Date): CalendarEvent[] {
  const now = dayOf(today);
  const rhythm = model.rhythm;
  const cadence = reviewCadence(reviews, today, model);
  const lastOf = (kinds: readonly ReviewKind[]): number | undefined => {
    let last: number | undefined;
    for (const r of reviews) {
      const d = isoToDay(r.date);
      if (kinds.includes(r.kind) && Number.isFinite(d) && (last === undefined || d > last)) last = d;
    }
    return last;
  };
  const events: CalendarEvent[] = [];
  for (const kind of REVIEW_KINDS) {
    const deeper = REVIEW_KINDS.slice(REVIEW_KINDS.indexOf(kind));
    let start: number;
    let repeat: Repeat;
    if (kind === 'weekly' && rhythm?.weekly) {
      const w = rhythm.weekly;
      start = firstOnOrAfter(now, (d) => weeklyAnchor(d, w));
      repeat = { freq: 'WEEKLY', byDay: icsDay(w) };
    } else if (kind === 'monthly' && rhythm?.monthly) {
      const m = rhythm.monthly;
      start = firstOnOrAfter(now, (d) => monthlyAnchor(d, m));
      repeat =
        m.kind === 'day' ? { freq: 'MONTHLY', byMonthDay: m.day } : m.kind === 'last-day' ? { freq: 'MONTHLY', byMonthDay: -1 } : { freq: 'MONTHLY', byDay: icsDay(m.weekday), bySetPos: m.kind === 'first' ? 1 : -1 };
    } else if (kind === 'quarterly' && rhythm?.yearStarts !== undefined) {
      const s = rhythm.yearStarts;
      start = firstOnOrAfter(now, (d) => quarterAnchor(d, s));
      repeat = { freq: 'MONTHLY', interval: 3, byMonthDay: 1 };
    } else {
      // Without a rhythm: from the next due day (today when it is due), every 7 days, month or 3 months.
      const after = { weekly: 7, monthly: 31, quarterly: 92 }[kind];
      const last = lastOf(deeper);
      start = cadence.due.includes(kind) || last === undefined ? now : Math.max(now, last + after);
      repeat = kind === 'weekly' ? { freq: 'WEEKLY' } : { freq: 'MONTHLY', interval: kind === 'quarterly' ? 3 : 1 };
    }
    const iso = dayToIso(start);
    events.push({
      uid: `review/${kind}@${DOMAIN}`,
      summary: REVIEW_TITLES[kind],
      start: iso,
      end: iso,
      repeat,
      description: l10n.t('Career Goals: open the review from the status bar or the Command Palette (Career Goals: Start Review).'),
    });
  }
  return events;
}

/** The first day from `from` on that its rule's latest day (`anchor`) is itself: the rule's next day. */
function firstOnOrAfter(from: number, anchor: (day: number) => number): number {
  // Every rule here falls due at least once in any 92 days (a quarter).
  for (let d = from; d < from + 93; d++) if (anchor(d) === d) return d;
  return from;
}
