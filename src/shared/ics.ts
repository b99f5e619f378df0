/**
 * Calendar events (src/core/calendar) as one iCalendar file, written by ical-generator,
 * which escapes text as RFC 5545 requires (`;`, `,`, `\` and line breaks) and folds long
 * lines. All-day events carry dates only, so no time zone can move them to another day.
 */
import icalGenerator, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import type { CalendarEvent, IcsDay } from '../core/calendar/events';
import { isoToDay } from '../core/time/dates';

/** The core's weekday codes as ical-generator's own. */
const WEEKDAY: Record<IcsDay, ICalWeekday> = { SU: ICalWeekday.SU, MO: ICalWeekday.MO, TU: ICalWeekday.TU, WE: ICalWeekday.WE, TH: ICalWeekday.TH, FR: ICalWeekday.FR, SA: ICalWeekday.SA };

/** A day number as the UTC midnight ical-generator writes as that date. */
const dateOf = (iso: string): Date => new Date(isoToDay(iso) * 86_400_000);

/** The `.ics` text of `events`; `stamp` is the export's moment (DTSTAMP). */
export function eventsToIcs(events: readonly CalendarEvent[], opts: { name: string; stamp: Date }): string {
  const cal = icalGenerator({ name: opts.name, prodId: { company: 'Career Goals', product: 'career-goals', language: 'EN' } });
  for (const e of events) {
    const event = cal.createEvent({
      id: e.uid,
      allDay: true,
      start: dateOf(e.start),
      // DTEND is the day after the last one for all-day events.
      end: new Date((isoToDay(e.end) + 1) * 86_400_000),
      summary: e.summary,
      stamp: opts.stamp,
      ...(e.description ? { description: e.description } : {}),
    });
    const r = e.repeat;
    if (!r) continue;
    event.repeating({
      freq: r.freq === 'WEEKLY' ? ICalEventRepeatingFreq.WEEKLY : ICalEventRepeatingFreq.MONTHLY,
      ...('interval' in r && r.interval && r.interval > 1 ? { interval: r.interval } : {}),
      ...(r.byDay ? { byDay: [WEEKDAY[r.byDay]] } : {}),
      ...('byMonthDay' in r && r.byMonthDay !== undefined ? { byMonthDay: [r.byMonthDay] } : {}),
      ...('bySetPos' in r && r.bySetPos !== undefined ? { bySetPos: [r.bySetPos] } : {}),
    });
  }
  return cal.toString();
}
