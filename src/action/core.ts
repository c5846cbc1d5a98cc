// The parts of @actions/core the action uses, as one interface. main.ts reaches the runner only through
// it, so tests run the action in-process with a recording fake (inputs, outputs, summary, failure).
import * as core from '@actions/core';

/** Where an annotation points (the subset of @actions/core's AnnotationProperties the action sets). */
export interface AnnotationWhere {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  /** Only when startLine === endLine: GitHub rejects columns on multi-line annotations. */
  startColumn?: number;
  endColumn?: number;
}

export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Fails the step; the runner shows the message as an error annotation. */
  setFailed(message: string): void;
  /** An error annotation, on a file and line when given. */
  error(message: string, where?: AnnotationWhere): void;
  /** A warning annotation, on a file and line when given. */
  warning(message: string, where?: AnnotationWhere): void;
  /** A notice annotation. */
  notice(message: string, where?: AnnotationWhere): void;
  info(message: string): void;
  debug(message: string): void;
  /** Replaces the job summary with `markdown`. */
  writeSummary(markdown: string): Promise<void>;
}

/** The runner's: inputs from INPUT_*, outputs and summary to the files GitHub names, annotations on stdout. */
export const actionsCore: ActionCore = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  error: (message, where) => core.error(message, where),
  warning: (message, where) => core.warning(message, where),
  notice: (message, where) => core.notice(message, where),
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
};
