/** One event of a Chromium performance trace (the fields read here). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface MainThreadFigures {
  /** The longest uninterrupted run of JavaScript on the page's main thread, in ms. */
  longestJsMs: number;
  /** The longest task of any kind (JavaScript, layout, paint, compositor commit), in ms. */
  longestTaskMs: number;
  /** All JavaScript on the main thread during the trace, in ms. */
  totalJsMs: number;
}

/** Trace events that run page JavaScript; nested ones are counted once, inside the outermost. */
const JS_ENTRIES = new Set([
  'FunctionCall',
  'FireAnimationFrame',
  'TimerFire',
  'EventDispatch',
  'EvaluateScript',
  'RunMicrotasks',
  'FireIdleCallback',
]);
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const ms = (us: number) => Math.round(us / 1000);

/** Reads the main thread of the page (CrRendererMain) out of a trace. */
export function mainThreadFigures(events: readonly TraceEvent[]): MainThreadFigures {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('the trace has no CrRendererMain thread');
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  let longestJs = 0;
  let totalJs = 0;
  let end = -Infinity;
  for (const e of own) {
    if (!JS_ENTRIES.has(e.name) || e.ts < end) continue;
    end = e.ts + e.dur!;
    longestJs = Math.max(longestJs, e.dur!);
    totalJs += e.dur!;
  }
  const longestTask = Math.max(0, ...own.filter((e) => TASKS.has(e.name)).map((e) => e.dur!));
  return { longestJsMs: ms(longestJs), longestTaskMs: ms(longestTask), totalJsMs: ms(totalJs) };
}
