import { describe, expect, it } from 'vitest';
import { demoMapData } from '../../../test/unit/demoMapData';
import type { LayerSpec } from './layerSpec';
import { odsExtentLayers } from './odsLayers';
import { ODS_YEAR_COLORS } from './odsYears';

const { ods } = demoMapData();
const lines = (specs: LayerSpec[]) => specs.filter((s) => /^ods-\d{4}$/.test(s.props.id ?? ''));

describe('ÖDS extent layers', () => {
  it('draws the 2024 extents when 2024 is chosen', () => {
    const specs = lines(odsExtentLayers(ods, [2021, 2023, 2024]));
    expect(specs.map((s) => s.props.id)).toEqual(['ods-2021', 'ods-2023', 'ods-2024']);
    const data2024 = specs[2].props.data as { properties: { year: number } }[];
    expect(data2024.map((f) => f.properties.year)).toEqual([2024, 2024]);
  });

  it('draws exactly the default pair when nothing else is chosen', () => {
    expect(lines(odsExtentLayers(ods, [2021, 2023])).map((s) => s.props.id)).toEqual([
      'ods-2021',
      'ods-2023',
    ]);
  });

  it('draws each year in its own colour, 2021 yellow and 2023 red', () => {
    const colors = lines(odsExtentLayers(ods, [2021, 2023, 2024])).map((s) =>
      s.type === 'GeoJsonLayer' ? s.props.getLineColor : null,
    );
    expect(colors).toEqual([ODS_YEAR_COLORS[0], ODS_YEAR_COLORS[1], ODS_YEAR_COLORS[2]]);
  });

  it('puts every white halo under every coloured line, so no halo hides another year', () => {
    const ids = odsExtentLayers(ods, [2021, 2023, 2024]).map((s) => s.props.id ?? '');
    const lastHalo = Math.max(...ids.map((id, i) => (id.startsWith('ods-halo-') ? i : -1)));
    const firstLine = ids.findIndex((id) => /^ods-\d{4}$/.test(id));
    expect(lastHalo).toBeLessThan(firstLine);
  });

  it('draws older years wider, so on a shared edge every year shows', () => {
    const widths = lines(odsExtentLayers(ods, [2021, 2023, 2024])).map((s) =>
      s.type === 'GeoJsonLayer' ? (s.props.getLineWidth as number) : 0,
    );
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(widths[1]).toBeGreaterThan(widths[2]);
  });

  it('makes only the coloured lines pickable, for the tooltip', () => {
    for (const s of odsExtentLayers(ods, [2021, 2023, 2024]))
      expect(Boolean(s.props.pickable)).toBe(/^ods-\d{4}$/.test(s.props.id ?? ''));
  });
});
