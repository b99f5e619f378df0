/**
 * The history section of `npm run bench`: five years of weekly reviews (260 journal
 * entries) plus 200 committed versions of a plan, as the history is built the first
 * time (every entry parsed, every version analysed) and after one entry changes (the
 * store re-reads that entry only; commit points are cached by hash). File reads and
 * git are outside the core and not counted here.
 */
import { analyze } from '../../src/core/analyze';
import { buildHistory, commitDayCounts, isHistoryPoint, pointOf, type HistoryPoint, type JournalRecord } from '../../src/core/history';
import { VersionReader } from '../../src/core/history/version-point';
import { parseJournalEntry, renderJournalEntry } from '../../src/core/history/journal';
import { dayToIso, isoToDay } from '../../src/core/time/dates';

const NOW = new Date(2026, 10, 30);
const FIRST_MS = 1000;
const AFTER_ONE_MS = 50;

function entries(plan: string, count: number): string[] {
  const ids = analyze(plan, NOW).insights.map((i) => i.goal.id);
  const last = isoToDay('2026-11-28');
  return Array.from({ length: count }, (_, i) => {
    const date = dayToIso(last - 7 * (count - 1 - i));
    const progress = Object.fromEntries(ids.map((id, k) => [id, (i + k) % 100]));
    return renderJournalEntry({ kind: i % 13 === 12 ? 'quarterly' : i % 4 === 3 ? 'monthly' : 'weekly', date, overall: i % 100, progress, metrics: { [ids[0] ?? 'x']: i }, title: `Review ${date}`, sections: [{ heading: 'Reflection', body: 'What moved, what did not, and why.' }] });
  });
}

/**
 * Versions as a person commits them: each one moves one goal's metric on (a different
 * goal each time) and logs a win, so every version differs in a goal entry and in the rest.
 */
function versions(plan: string, count: number): { text: string; date: Date; hash: string }[] {
  const parts = plan.split(/current: \d+/);
  const currents = parts.slice(1).map(() => 0);
  const wins: string[] = [];
  return Array.from({ length: count }, (_, i) => {
    const k = i % Math.max(1, currents.length);
    currents[k] = ((currents[k] ?? 0) + 1) % 11;
    wins.push(`  - { date: 2022-01-01, text: Win of version ${i}, goal: goal-${k} }`);
    const text = parts.map((p, j) => (j === 0 ? p : `current: ${currents[j - 1] ?? 0}${p}`)).join('').replace('\nwins:\n', `\nwins:\n${wins.join('\n')}\n`);
    return { text, date: new Date(2022, 0, 1 + i * 9, 12), hash: i.toString(16).padStart(40, '0') };
  });
}

/** Runs the section and prints its two lines. */
export function runHistoryBench(plan: string, label: string): void {
  const texts = entries(plan, 260);
  const commits = versions(plan, 200);
  const today = analyze(plan, NOW);
  const t0 = performance.now();
  const journal: JournalRecord[] = [];
  for (const [i, t] of texts.entries()) {
    const r = parseJournalEntry(t);
    if (r.ok) journal.push({ entry: r.entry, path: `reviews/${i}.md` });
  }
  // As the host does: commits of a review's day (the review wins) are not analysed.
  const counts = commitDayCounts(journal, NOW);
  const dayOfCommit = (d: Date) => dayToIso(Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000));
  const read = commits.filter((c) => counts(dayOfCommit(c.date)));
  // As git-history.ts does: one reader, which reads each goal entry's text once across versions.
  const reader = new VersionReader();
  const points: HistoryPoint[] = read.map((c) => reader.point(c.text, c.date, dayOfCommit(c.date), c.hash));
  const first = buildHistory({ journal, commits: points, today, now: NOW });
  const firstMs = performance.now() - t0;
  // The next session: the commit points come back from workspaceState (JSON, checked), the journal from disk.
  const keptJson = JSON.stringify(points);
  const t2 = performance.now();
  const journal3: JournalRecord[] = [];
  for (const [i, t] of texts.entries()) {
    const r = parseJournalEntry(t);
    if (r.ok) journal3.push({ entry: r.entry, path: `reviews/${i}.md` });
  }
  const kept = (JSON.parse(keptJson) as unknown[]).filter(isHistoryPoint);
  const restarted = buildHistory({ journal: journal3, commits: kept, today, now: NOW });
  const restartMs = performance.now() - t2;
  // One entry edited: that file is parsed again, the rest comes from the cache.
  const t1 = performance.now();
  const edited = parseJournalEntry(texts[100]?.replace('overall: 0', 'overall: 1') ?? '');
  const journal2 = journal.map((r, i) => (i === 100 && edited.ok ? { ...r, entry: edited.entry } : r));
  const again = buildHistory({ journal: journal2, commits: points, today, now: NOW });
  const againMs = performance.now() - t1;
  // The fast reader must give what a whole analysis of each version gives.
  const same = read.every((c, i) => JSON.stringify(points[i]) === JSON.stringify(pointOf(analyze(c.text, c.date), dayOfCommit(c.date), 'commit', c.hash)));
  console.log(`\nHistory (${label}): 260 journal entries + 200 commits (${read.length} read, ${reader.counts.sliced} of them entry by entry; the rest fall on review days), ${first.points.length} points, streaks ${first.reviews.current}/${first.reviews.best}; points equal to whole analyses: ${same ? 'yes' : 'NO'}.`);
  console.log(`history first time on ${label}: ${firstMs.toFixed(0)} ms (target < ${FIRST_MS} ms) ${firstMs < FIRST_MS ? 'ok' : 'MISSED'}`);
  console.log(`history in a later session on ${label} (commit points kept in workspaceState): ${restartMs.toFixed(0)} ms (target < ${FIRST_MS} ms) ${restartMs < FIRST_MS && restarted.points.length === first.points.length ? 'ok' : 'MISSED'}`);
  console.log(`history after one entry changes on ${label}: ${againMs.toFixed(1)} ms (target < ${AFTER_ONE_MS} ms) ${againMs < AFTER_ONE_MS && again.points.length === first.points.length ? 'ok' : 'MISSED'}`);
}
