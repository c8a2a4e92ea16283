// The judge every code answer goes through (code challenges and CODE quiz questions): a queue
// in front of the sandbox so at most `concurrency` isolates run at once on this replica (each
// one may burn a core until its time limit), and a bounded waiting line beyond which new work
// is refused rather than piling up.
import { normalizeLanguage, RUNNABLE_LANGUAGES } from "./judge.rules.js";
import { runJavaScript, type SandboxLimits, type SandboxReport } from "./sandbox/js-sandbox.js";

export interface JudgeOptions {
  /** Isolates running at once. */
  concurrency: number;
  /** Runs allowed to wait for a free isolate. */
  maxWaiting: number;
}

export class JudgeBusyError extends Error {
  constructor() {
    super("The code judge is busy.");
    this.name = "JudgeBusyError";
  }
}

export class CodeJudge {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: JudgeOptions = { concurrency: 2, maxWaiting: 50 }) {}

  canRun(language: string): boolean {
    return RUNNABLE_LANGUAGES.has(normalizeLanguage(language));
  }

  /** Whether a new run would be refused right now. */
  get saturated(): boolean {
    return this.running >= this.options.concurrency && this.waiting.length >= this.options.maxWaiting;
  }

  /** Runs JavaScript against the tests once an isolate is free; JudgeBusyError when the line is full. */
  async run(
    code: string,
    tests: readonly { input: string; expectedOutput: string }[],
    limits: SandboxLimits,
  ): Promise<SandboxReport> {
    await this.acquire();
    try {
      return await runJavaScript(code, tests, limits);
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.maxWaiting) return Promise.reject(new JudgeBusyError());
    // The slot is handed over by release(), so `running` stays counted for the waiter.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
