import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNT_SLOTS } from '../analysis/countCategories';
import { dayNumber } from '../analysis/isoWeek';
import type { PeriodChoice } from './periodChoice';
import type { Selection } from './selection';
import { decodeView, DEFAULT_VIEW, DENSITY_LIMITS, encodeView, type ViewState } from './viewUrl';

const SEED = 20241027;

/** Names as they come from files: Swedish letters, spaces and the characters a query reserves. */
const name = fc.oneof(
  fc.constantFrom('Fredhäll#3', 'Östermalm', 'Klara/Sergels torg', 'a&b=c+d%e', 'x:y,z'),
  fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
);

/** Camera values on the grid the address keeps (about a metre, a hundredth of a zoom step). */
const camera = fc.option(
  fc.record({
    lon: fc.integer({ min: -18_000_000, max: 18_000_000 }).map((k) => k / 1e5),
    lat: fc.integer({ min: -8_500_000, max: 8_500_000 }).map((k) => k / 1e5),
    zoom: fc.integer({ min: 0, max: 2400 }).map((k) => k / 100),
  }),
);

const year = fc.integer({ min: 1900, max: 2100 });
const day = fc.integer({ min: dayNumber(1900, 1, 1), max: dayNumber(2100, 12, 31) });
const range = fc.tuple(day, day).map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) }));
const week = fc.integer({ min: 1, max: 53 });

const period: fc.Arbitrary<PeriodChoice> = fc.oneof(
  fc.tuple(year, week, week).map(([y, a, b]) => ({
    kind: 'weeks' as const,
    year: y,
    fromWeek: Math.min(a, b),
    toWeek: Math.max(a, b),
  })),
  year.map((y) => ({ kind: 'year' as const, year: y })),
  day.map((lastDay) => ({ kind: 'fortnight' as const, lastDay })),
  fc.tuple(range, range).map(([current, previous]) => ({
    kind: 'custom' as const,
    current,
    previous,
  })),
);

const hour = fc.integer({ min: 0, max: 23 });
const filter = fc.record({
  categorySlots: fc.array(fc.boolean(), { minLength: COUNT_SLOTS, maxLength: COUNT_SLOTS }),
  weekdays: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  hourFrom: hour,
  hourTo: hour,
});

const selection: fc.Arbitrary<Selection> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({
    kind: fc.constantFrom('stadsdel', 'ods', 'site', 'walk', 'observation', 'action' as const),
    id: name,
  }),
);

const intIn = ([min, max]: readonly [number, number]) => fc.integer({ min, max });

const walk = fc.record({
  id: fc.option(name.map((n) => `walk:${n}`)),
  mode: fc.constantFrom('plan', 'field', 'after' as const),
});

const view: fc.Arbitrary<ViewState> = fc
  .record({
    appView: fc.constantFrom('dashboard', 'compare', 'walk', 'meeting' as const),
    camera,
    period,
    filter,
    scope: fc.oneof(
      fc.constant({ kind: 'all' as const }),
      name.map((n) => ({ kind: 'district' as const, name: n })),
      fc.record({ kind: fc.constantFrom('stadsdel', 'ods' as const), id: name }),
    ),
    mapMode: fc.constantFrom('areas', 'kde', 'hexagon', 'hotspot' as const),
    densityParams: fc.record({
      bandwidth: intIn(DENSITY_LIMITS.bandwidth),
      cellSize: intIn(DENSITY_LIMITS.cellSize),
      hexSize: intIn(DENSITY_LIMITS.hexSize),
    }),
    ringWidth: fc.integer({ min: 0, max: 1000 }),
    odsYears: fc.array(year, { maxLength: 4 }),
    layers: fc.record({ ods: fc.boolean(), sites: fc.boolean(), walks: fc.boolean() }),
    showRawPoints: fc.boolean(),
    selection,
    compare: fc.record({
      yearA: fc.option(year),
      yearB: fc.option(year),
      scene: fc.option(name),
      mode: fc.constantFrom('difference', 'swipe', 'side' as const),
      category: fc.oneof(fc.constant('all' as const), fc.integer({ min: 0, max: 9 })),
      periods: fc.record({ a: fc.option(range), b: fc.option(range) }),
    }),
    meetingSlide: fc.oneof(
      fc.constant(null),
      fc.tuple(fc.constantFrom('place', 'ods'), name).map(([k, id]) => `${k}:${id}`),
      fc.tuple(name, fc.nat(99)).map(([id, n]) => `seq:${id}:${n}`),
    ),
    walk,
  })
  // Only the walk view has a walk in its address, only the compare view its periods.
  .map((v) => (v.appView === 'walk' ? v : { ...v, walk: DEFAULT_VIEW.walk }))
  .map((v) =>
    v.appView === 'compare'
      ? v
      : { ...v, compare: { ...v.compare, periods: DEFAULT_VIEW.compare.periods } },
  );

describe('the view in the address', () => {
  it('reads back every field exactly as it was written', () => {
    fc.assert(
      fc.property(view, (v) => {
        const decoded = decodeView(encodeView(v));
        expect(decoded.problems).toEqual([]);
        expect(decoded.view).toEqual(v);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('writes nothing for the default view, and only the changed key otherwise', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(encodeView({ ...DEFAULT_VIEW, ringWidth: 250 })).toBe('?r=250');
  });

  it('uses short readable keys with Swedish names percent-encoded', () => {
    const search = encodeView({
      ...DEFAULT_VIEW,
      camera: { lon: 18.03, lat: 59.33, zoom: 13.2 },
      period: { kind: 'year', year: 2023 },
      mapMode: 'hexagon',
      selection: { kind: 'stadsdel', id: 'Fredhäll' },
    });
    expect(search).toBe('?c=18.03,59.33,13.2&p=y2023&m=hexagon&s=stadsdel:Fredh%C3%A4ll');
  });

  it('keeps keys that are not its own, such as the benchmark offences file', () => {
    const search = encodeView(
      { ...DEFAULT_VIEW, period: { kind: 'weeks', year: 2024, fromWeek: 1, toWeek: 10 } },
      '?offences=/bench/big.csv&p=y2020',
    );
    expect(search).toBe('?offences=/bench/big.csv&p=v2024w1-10');
  });

  it('tolerates garbage field by field: a bad key keeps its default, the rest is used', () => {
    const { view: v, problems } = decodeView(
      '?p=v2024w50-3&c=abc&m=satellite&k=0,99&s=stadsdel:&r=250&o=district:Norra%20innerstaden',
    );
    expect(v).toEqual({
      ...DEFAULT_VIEW,
      ringWidth: 250,
      scope: { kind: 'district', name: 'Norra innerstaden' },
    });
    expect(problems.map((p) => p.split('=')[0])).toEqual([
      'Adressens c',
      'Adressens p',
      'Adressens k',
      'Adressens m',
      'Adressens s',
    ]);
    expect(problems[0]).toMatch(
      /^Adressens c=abc kunde inte användas: .+ Standardvärdet används\.$/,
    );
  });

  it('never throws on arbitrary text and always yields a view that writes and reads back', () => {
    const keys = fc.constantFrom(
      'c',
      'p',
      'k',
      'wd',
      'h',
      'o',
      'm',
      'd',
      'r',
      'ods',
      'hide',
      's',
      'slide',
    );
    const junk = fc.oneof(fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[-\d.,:a-z]*$/));
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, junk), { maxLength: 8 }), (pairs) => {
        const search = `?${new URLSearchParams(pairs).toString()}`;
        const { view: v } = decodeView(search);
        expect(decodeView(encodeView(v)).view).toEqual(v);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('keeps the meeting slide, and refuses one of an unknown kind', () => {
    const search = encodeView({ ...DEFAULT_VIEW, appView: 'meeting', meetingSlide: 'seq:vy 1:2' });
    expect(search).toBe('?v=meeting&slide=seq:vy%201:2');
    expect(decodeView(search).view.meetingSlide).toBe('seq:vy 1:2');
    const { view: v, problems } = decodeView('?slide=walk:1');
    expect(v.meetingSlide).toBeNull();
    expect(problems[0]).toMatch(/^Adressens slide=walk:1 kunde inte användas/);
  });

  it('keeps the walk and its step in the walk view, so a reload reopens it there', () => {
    const search = encodeView({
      ...DEFAULT_VIEW,
      appView: 'walk',
      walk: { id: 'walk:2024-10-15 kväll', mode: 'field' },
    });
    expect(search).toBe('?v=walk&w=walk:2024-10-15%20kv%C3%A4ll&wm=field');
    expect(decodeView(search).view.walk).toEqual({ id: 'walk:2024-10-15 kväll', mode: 'field' });
    // The step alone (no walk chosen yet) and the plan step (the default) are kept too.
    expect(decodeView('?v=walk&wm=after').view.walk).toEqual({ id: null, mode: 'after' });
    expect(
      encodeView({ ...DEFAULT_VIEW, appView: 'walk', walk: { id: 'walk:a', mode: 'plan' } }),
    ).toBe('?v=walk&w=walk:a');
  });

  it('names the views in Swedish when the address names an unknown one', () => {
    const { view: v, problems } = decodeView('?v=meet');
    expect(v.appView).toBe('dashboard');
    expect(problems[0]).toMatch(
      /^Adressens v=meet kunde inte användas: ingen sådan vy – .*EST-möte \(v=meeting\)/,
    );
  });

  it('writes no walk outside the walk view and refuses an unknown step', () => {
    expect(encodeView({ ...DEFAULT_VIEW, walk: { id: 'walk:a', mode: 'field' } })).toBe('');
    expect(decodeView('?w=walk:a&wm=field').view.walk).toEqual(DEFAULT_VIEW.walk);
    const { view: v, problems } = decodeView('?v=walk&wm=gå');
    expect(v.walk.mode).toBe('plan');
    expect(problems[0]).toMatch(/^Adressens wm=gå kunde inte användas: inget känt steg/);
  });

  it('refuses density grids finer than the controls allow', () => {
    const { view: v, problems } = decodeView('?d=150,1,100');
    expect(v.densityParams).toEqual(DEFAULT_VIEW.densityParams);
    expect(problems).toHaveLength(1);
  });
});
