/**
 * What the edit step remembers between operations: the syntax verdicts and the full
 * reads of recent texts, and whether ops may take the fast path. The caller creates one
 * and passes it to every op that should share it (the writer keeps one for its
 * lifetime; a test makes a fresh one), so the core holds no state of its own.
 */
import type { EditContext } from './context';
import type { Plain } from './intended';

/** A text read in full: its context (for the editor's own lookups) and its data (verify.ts). */
export interface FullRead {
  ctx: EditContext;
  data: Plain | null;
}

/** Verdicts kept: a few texts, since an op's result is the next op's start. */
const VERDICTS_KEPT = 8;
// Two: the text an op starts from and the one it makes, which the next op starts from. Each holds a parsed document.
const READS_KEPT = 2;

/** A few values by text, most recently used last: when full, the least recently used goes. */
class RecentTexts<V> {
  private readonly byText = new Map<string, V>();

  /** @param size how many texts are kept */
  constructor(private readonly size: number) {}

  /** The value for `text`, which becomes the most recently used; undefined when it is not kept. */
  get(text: string): V | undefined {
    const value = this.byText.get(text);
    if (value !== undefined) this.set(text, value);
    return value;
  }

  /** Keeps `value` for `text` as the most recently used, dropping the least recently used when full. */
  set(text: string, value: V): void {
    this.byText.delete(text);
    if (this.byText.size >= this.size) this.byText.delete(this.byText.keys().next().value as string);
    this.byText.set(text, value);
  }
}

/** The edit step's memory across operations; see the file comment. */
export class EditMemory {
  /** Whether an op may parse only the lines it changes (fast.ts); off, every op parses the whole file (tests comparing both paths). */
  fastPath: boolean;
  /** Verdicts of the full syntax check for recent texts: null when clean, else the refusal. */
  readonly verdicts = new RecentTexts<string | null>(VERDICTS_KEPT);
  /** Full reads of recent texts (verify.ts), so the next op on an op's result need not parse it again. */
  readonly reads = new RecentTexts<FullRead>(READS_KEPT);

  constructor(options: { fastPath?: boolean } = {}) {
    this.fastPath = options.fastPath ?? true;
  }

  /**
   * Records that `text` has no syntax error without parsing it: for text the caller has
   * just parsed clean, or that an edit produced from a clean text and checked.
   */
  markClean(text: string): void {
    this.verdicts.set(text, null);
  }
}
