/**
 * A value shown back in a message (what a person typed, a flag's value), on one line
 * and short, so a hostile value can't flood the message: runs of white space become one
 * space, and more than 40 characters end in an ellipsis.
 */
export function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 40)}…` : one;
}
