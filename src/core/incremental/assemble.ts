/**
 * A whole plan's ParseResult put together from its pieces read alone (see
 * pieces.ts): the rest's reports with each list's entries' reports put where
 * the walk met the list, then the same checks across goals, in the same order, as
 * parseGoals (finishModel). The result is the one parseGoals gives; the property test in
 * test/unit/incremental.property.test.ts holds it to that.
 */
import type { Diagnostic, Entry, GoalsModel, ParseResult } from '../model';
import { finishModel, keepSourceRanges, topRange, type SourceRanges, type TopWalk } from '../parse';
import { Reader, type Located } from '../parse/readers';
import type { PieceRead, RestRead } from './pieces';

/** The parse of `text`, from its rest and its entries' reads in file order. */
export function assemble(text: string, rest: RestRead, reads: readonly PieceRead[]): ParseResult {
  const r = new Reader(undefined, text.length);
  const model: GoalsModel = { ...rest.model, goals: [], wins: rest.model.wins, lessons: rest.model.lessons };
  const source: SourceRanges = { keys: { ...rest.keys }, goals: new Map() };
  const walk: TopWalk = { ...rest.walk, entries: [], brokenIds: new Set(), entryRefs: [] };
  const byKey = new Map<string, PieceRead[]>();
  for (const read of reads) {
    const list = byKey.get(read.key);
    if (list) list.push(read);
    else byKey.set(read.key, [read]);
  }
  let diag = 0;
  let ref = 0;
  const restUpTo = (diagAt: number, refsAt: number): void => {
    for (; diag < diagAt; diag++) r.diagnostics.push(rest.diagnostics[diag] as Diagnostic);
    for (; ref < refsAt; ref++) walk.entryRefs.push(rest.walk.entryRefs[ref] as Located<string>);
  };
  for (const mark of rest.walk.marks) {
    restUpTo(mark.diagAt, mark.refsAt);
    const list = byKey.get(mark.key) ?? [];
    if (mark.key === 'goals') {
      for (const read of list) {
        const from = r.diagnostics.length;
        // Copies: the checks below tag these with goal ids, set ids and clear parents, and the read serves later analyses.
        for (const d of read.diagnostics) r.diagnostics.push({ ...d });
        const g = read.goal;
        if (g?.goal) {
          // Spread, then assign (faster than `{ ...x, key }`; see moveGoalRead).
          const ranges = { ...g.ranges };
          ranges.diagFrom = from;
          ranges.diagTo = r.diagnostics.length;
          walk.entries.push({ goal: { ...g.goal }, ranges });
        } else if (g?.writtenId !== undefined) walk.brokenIds.add(g.writtenId);
      }
    } else if (list.length > 0) {
      const entries: Entry[] = model[mark.key].slice();
      for (const read of list) {
        for (const d of read.diagnostics) r.diagnostics.push(d);
        if (read.entry) entries.push(read.entry);
        for (const x of read.refs) walk.entryRefs.push(x);
      }
      model[mark.key] = entries;
    }
  }
  restUpTo(rest.diagnostics.length, rest.walk.entryRefs.length);
  keepSourceRanges(model, source);
  finishModel(r, model, source, topRange(text), walk);
  // The pieces had no YAML error and no repeated key, so neither has the file.
  return { model, diagnostics: r.diagnostics, syntaxOk: true };
}
