import type { RGBA } from '../../map/layers/colorScale';

export interface PngLegendItem {
  color: RGBA;
  label: string;
  /** An outline (a year's extent) instead of a filled swatch (kept, gained, lost). */
  outline?: boolean;
}

export interface PngInfo {
  title: string;
  subtitle: string;
  legend: PngLegendItem[];
  /** Small print at the bottom: source, demo data, attribution. */
  note: string;
  /** Labels over each map (side by side: "A 2021", "B 2023"). */
  mapLabels: string[];
  /** The swipe: where the divider is, as a share of the map's width, with its two labels. */
  divider?: { fraction: number; left: string; right: string };
}

const css = (c: RGBA, alpha = c[3] / 255) => `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${alpha})`;
const FONT = "system-ui, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

function label(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, s: number) {
  ctx.font = `600 ${14 * s}px ${FONT}`;
  const w = ctx.measureText(text).width + 12 * s;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.fillRect(x, y, w, 24 * s);
  ctx.fillStyle = '#1b1f24';
  ctx.fillText(text, x + 6 * s, y + 17 * s);
}

/**
 * The map image with what makes it readable on its own: a title with the
 * scene and the years, the legend, and the source, around the map canvas(es).
 * `scale` is device pixels per CSS pixel of the map canvases.
 */
export function composeComparePng(
  maps: HTMLCanvasElement[],
  info: PngInfo,
  scale: number,
): Promise<Blob> {
  const s = scale;
  const header = 64 * s;
  const footer = 58 * s;
  const width = maps.reduce((w, m) => w + m.width, 0);
  const mapHeight = Math.max(...maps.map((m) => m.height));
  const out = document.createElement('canvas');
  out.width = width;
  out.height = header + mapHeight + footer;
  const ctx = out.getContext('2d');
  if (!ctx) {
    return Promise.reject(
      new Error('Webbläsaren kan inte rita bilden (ingen 2D-yta). Försök i en annan webbläsare.'),
    );
  }
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1b1f24';
  ctx.font = `600 ${20 * s}px ${FONT}`;
  ctx.fillText(info.title, 12 * s, 26 * s, width - 24 * s);
  ctx.font = `${15 * s}px ${FONT}`;
  ctx.fillText(info.subtitle, 12 * s, 50 * s, width - 24 * s);

  let x = 0;
  maps.forEach((m, i) => {
    ctx.drawImage(m, x, header);
    if (info.mapLabels[i]) label(ctx, info.mapLabels[i], x + 10 * s, header + 10 * s, s);
    if (i > 0) {
      ctx.fillStyle = '#1b1f24';
      ctx.fillRect(x - s, header, 2 * s, mapHeight);
    }
    x += m.width;
  });
  if (info.divider) {
    const dx = Math.round(info.divider.fraction * maps[0].width);
    ctx.fillStyle = '#1b1f24';
    ctx.fillRect(dx - 2 * s, header, 4 * s, mapHeight);
    ctx.font = `600 ${14 * s}px ${FONT}`;
    const leftWidth = ctx.measureText(info.divider.left).width + 12 * s;
    label(ctx, info.divider.left, dx - leftWidth - 8 * s, header + 10 * s, s);
    label(ctx, info.divider.right, dx + 8 * s, header + 10 * s, s);
  }

  let lx = 12 * s;
  const ly = header + mapHeight + 12 * s;
  ctx.font = `${14 * s}px ${FONT}`;
  for (const item of info.legend) {
    if (item.outline) {
      ctx.strokeStyle = css(item.color, 1);
      ctx.lineWidth = 3 * s;
      ctx.strokeRect(lx + 1.5 * s, ly + 1.5 * s, 15 * s, 15 * s);
    } else {
      ctx.fillStyle = css(item.color);
      ctx.fillRect(lx, ly, 18 * s, 18 * s);
    }
    ctx.fillStyle = '#1b1f24';
    ctx.fillText(item.label, lx + 24 * s, ly + 14 * s);
    lx += 24 * s + ctx.measureText(item.label).width + 20 * s;
  }
  ctx.fillStyle = '#5b6670';
  ctx.font = `${12 * s}px ${FONT}`;
  ctx.fillText(info.note, 12 * s, ly + 38 * s, width - 24 * s);

  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(
              new Error(
                'Bilden kunde inte sparas som PNG. Försök igen eller i en annan webbläsare.',
              ),
            ),
      'image/png',
    ),
  );
}
