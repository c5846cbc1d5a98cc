// A recording stand-in for the runner's side of @actions/core (src/action/core.ts), for running the
// action in-process: inputs from a map, and every output, annotation, failure and the summary kept.
import type { ActionCore, AnnotationWhere } from '../../src/action/core.js';

export interface Annotation {
  message: string;
  where?: AnnotationWhere;
}

export class FakeCore implements ActionCore {
  outputs: Record<string, string> = {};
  failures: string[] = [];
  errors: Annotation[] = [];
  warnings: Annotation[] = [];
  notices: Annotation[] = [];
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
  error(message: string, where?: AnnotationWhere): void {
    this.errors.push(where ? { message, where } : { message });
  }
  warning(message: string, where?: AnnotationWhere): void {
    this.warnings.push(where ? { message, where } : { message });
  }
  notice(message: string, where?: AnnotationWhere): void {
    this.notices.push(where ? { message, where } : { message });
  }
  info(message: string): void {
    this.infos.push(message);
  }
  debug(): void {}
  async writeSummary(markdown: string): Promise<void> {
    this.summary = markdown;
  }
}
