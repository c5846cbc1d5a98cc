// A recording stand-in for the runner's side of @actions/core (src/action/core.ts), for running the
// action in-process: inputs from a map, and every output, warning, failure and the summary kept.
import type { ActionCore } from '../../src/action/core.js';

export class FakeCore implements ActionCore {
  outputs: Record<string, string> = {};
  failures: string[] = [];
  warnings: { message: string; where?: { file?: string; startLine?: number } }[] = [];
  infos: string[] = [];
  summary: string | undefined;

  constructor(readonly inputs: Record<string, string> = {}) {}

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  setFailed(message: string): void {
    this.failures.push(message);
  }
  warning(message: string, where?: { file?: string; startLine?: number }): void {
    this.warnings.push(where ? { message, where } : { message });
  }
  info(message: string): void {
    this.infos.push(message);
  }
  debug(): void {}
  async writeSummary(markdown: string): Promise<void> {
    this.summary = markdown;
  }
}
