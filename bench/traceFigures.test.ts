import { describe, expect, it } from 'vitest';
import { mainThreadFigures, type TraceEvent } from './traceFigures';

const MAIN = { pid: 1, tid: 7 };
const thread: TraceEvent = {
  name: 'thread_name',
  ph: 'M',
  ...MAIN,
  ts: 0,
  args: { name: 'CrRendererMain' },
};
const x = (name: string, ts: number, dur: number, where = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ...where,
  ts,
  dur,
});

describe('mainThreadFigures', () => {
  it('counts nested JavaScript once, inside its outermost entry', () => {
    const figures = mainThreadFigures([
      thread,
      x('RunTask', 0, 90_000),
      x('FireAnimationFrame', 1_000, 60_000),
      x('FunctionCall', 2_000, 50_000),
      x('TimerFire', 70_000, 10_000),
    ]);
    expect(figures).toEqual({ longestJsMs: 60, longestTaskMs: 90, totalJsMs: 70 });
  });

  it('ignores other threads, such as a worker parsing a file', () => {
    const worker = { pid: 1, tid: 9 };
    const figures = mainThreadFigures([
      thread,
      x('FunctionCall', 0, 900_000, worker),
      x('RunTask', 0, 5_000),
    ]);
    expect(figures).toEqual({ longestJsMs: 0, longestTaskMs: 5, totalJsMs: 0 });
  });

  it('says so when the trace has no page main thread', () => {
    expect(() => mainThreadFigures([x('RunTask', 0, 1)])).toThrow(/CrRendererMain/);
  });
});
