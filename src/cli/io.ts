/**
 * What a command writes to, so `run` can be driven by the real process or a test.
 */
export interface CliIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** The tool's version, for --version and SARIF. */
  version: string;
  /** The language of what people read (`en`, `de-de`), for `Intl`'s days and numbers; `--json` stays ISO. */
  language: string;
}
