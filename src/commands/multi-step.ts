/**
 * A small multi-step QuickInput: each step is an input box or quick pick showing
 * "step n of m", with a Back button from the second step on, and validation on
 * accept. Steps can be skipped depending on earlier answers; the step numbers follow.
 */
import * as vscode from 'vscode';

/** Returned by a step when the person pressed Back. */
const BACK = Symbol('back');
export type Answer<T> = T | typeof BACK | undefined;

/** Where a step sits in the flow, for the title bar. */
export interface StepPosition {
  title: string;
  step: number;
  totalSteps: number;
}

/** One step: runs its prompt and stores the answer; `skip` hides it for this run. */
export interface Step {
  run(at: StepPosition): Promise<Answer<unknown>>;
  skip?(): boolean;
}

/** Runs `steps` in order, honouring Back; true when every step was answered. */
export async function runSteps(title: string, steps: readonly Step[]): Promise<boolean> {
  let i = 0;
  const history: number[] = [];
  // Runs while i points at a step; past the last one every step was answered.
  for (let step = steps[i]; step; step = steps[i]) {
    if (step.skip?.()) {
      i++;
      continue;
    }
    const visible = steps.filter((s) => !s.skip?.());
    const answer = await step.run({ title, step: visible.indexOf(step) + 1, totalSteps: visible.length });
    if (answer === undefined) return false;
    if (answer === BACK) {
      const prev = history.pop();
      if (prev === undefined) return false;
      i = prev;
      continue;
    }
    history.push(i);
    i++;
  }
  return true;
}

/** An input box step; resolves to the accepted text, BACK or undefined (dismissed). */
export function askText(
  at: StepPosition,
  opts: { prompt: string; value?: string; placeholder?: string; validate?: (value: string) => string | undefined },
): Promise<Answer<string>> {
  const box = vscode.window.createInputBox();
  box.title = at.title;
  box.step = at.step;
  box.totalSteps = at.totalSteps;
  box.prompt = opts.prompt;
  box.value = opts.value ?? '';
  box.placeholder = opts.placeholder;
  box.ignoreFocusOut = true;
  box.buttons = at.step > 1 ? [vscode.QuickInputButtons.Back] : [];
  return settle<string>(box, (finish) => [
    box.onDidChangeValue((v) => {
      box.validationMessage = opts.validate?.(v);
    }),
    box.onDidAccept(() => {
      const problem = opts.validate?.(box.value);
      box.validationMessage = problem;
      if (!problem) finish(box.value);
    }),
  ]);
}

/** A quick pick step; resolves to the chosen items (several when `many`), BACK or undefined. */
export function askPick<T extends vscode.QuickPickItem>(
  at: StepPosition,
  opts: { placeholder: string; items: readonly T[]; many?: boolean; chosen?: readonly T[] },
): Promise<Answer<T[]>> {
  const qp = vscode.window.createQuickPick<T>();
  qp.title = at.title;
  qp.step = at.step;
  qp.totalSteps = at.totalSteps;
  qp.placeholder = opts.placeholder;
  qp.items = opts.items;
  qp.canSelectMany = opts.many ?? false;
  qp.ignoreFocusOut = true;
  if (opts.chosen?.length) {
    if (qp.canSelectMany) qp.selectedItems = opts.chosen;
    else qp.activeItems = opts.chosen;
  }
  qp.buttons = at.step > 1 ? [vscode.QuickInputButtons.Back] : [];
  return settle<T[]>(qp, (finish) => [
    qp.onDidAccept(() => {
      const picked = qp.canSelectMany ? [...qp.selectedItems] : qp.activeItems.slice(0, 1);
      if (qp.canSelectMany || picked.length > 0) finish(picked);
    }),
  ]);
}

/** Shows `input` and resolves once: accepted value, BACK, or undefined when hidden. */
function settle<T>(input: vscode.InputBox | vscode.QuickPick<vscode.QuickPickItem>, wire: (finish: (v: Answer<T>) => void) => vscode.Disposable[]): Promise<Answer<T>> {
  return new Promise((resolve) => {
    let done = false;
    const subs: vscode.Disposable[] = [];
    const finish = (v: Answer<T>): void => {
      if (done) return;
      done = true;
      resolve(v);
      for (const d of subs) d.dispose();
      input.dispose();
    };
    subs.push(
      ...wire(finish),
      input.onDidTriggerButton((b) => {
        if (b === vscode.QuickInputButtons.Back) finish(BACK);
      }),
      input.onDidHide(() => finish(undefined)),
    );
    input.show();
  });
}
