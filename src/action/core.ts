// The parts of @actions/core the action uses, as one interface. main.ts reaches the runner only through
// it, so tests run the action in-process with a recording fake (inputs, outputs, summary, failure).
import * as core from '@actions/core';

export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  /** A warning annotation, on a file and line when given. */
  warning(message: string, where?: { file?: string; startLine?: number }): void;
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
  warning: (message, where) => core.warning(message, where),
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
};
