/** The map's legend as shown, read from the page, so an export draws exactly what the screen shows. */
export interface LegendModel {
  title: string;
  caption: string;
  items: { shape: 'swatch' | 'line' | 'dashed' | 'dot'; color: string; label: string }[];
}

function shapeOf(el: Element): LegendModel['items'][number]['shape'] | null {
  if (el.classList.contains('swatch')) return 'swatch';
  if (el.classList.contains('line')) return el.classList.contains('dashed') ? 'dashed' : 'line';
  if (el.classList.contains('dot')) return 'dot';
  return null;
}

/** Reads the open legend; a folded one is opened for the moment it takes. */
export function readLegend(root: ParentNode = document): LegendModel | null {
  const legend = root.querySelector<HTMLElement>('[data-testid="legend"]');
  if (!legend) return null;
  const toggle = legend.querySelector<HTMLButtonElement>('.legend-toggle');
  const folded = legend.classList.contains('collapsed');
  if (folded) toggle?.click();
  const body = legend.querySelector('#legend-body');
  const model: LegendModel = {
    title: body?.querySelector('h3')?.textContent ?? '',
    caption: body?.querySelector('.caption')?.textContent ?? '',
    items: [],
  };
  for (const li of body?.querySelectorAll('li') ?? []) {
    const mark = li.querySelector('span');
    const shape = mark && shapeOf(mark);
    if (!mark || !shape) continue;
    const style = getComputedStyle(mark);
    const color =
      shape === 'swatch' || shape === 'dot' ? style.backgroundColor : style.borderTopColor;
    model.items.push({ shape, color, label: li.textContent?.trim() ?? '' });
  }
  if (folded) toggle?.click();
  return model;
}
