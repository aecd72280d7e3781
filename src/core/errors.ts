import { problem, type Callable, type Messages, type Problem } from './i18n';

/** A problem with the whole call (shapes, rules), as opposed to one pupil's row. */
export class CallError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
    this.name = 'CallError';
  }
}

export function callError<K extends Callable>(code: K, ...args: Parameters<Messages[K]>): CallError {
  return new CallError(problem(code, ...args));
}
