import type { MapController } from '../../map/MapController';
import type { LegendModel } from './legendModel';

/** The sizes the lägesbild is written in: a slide, and A4 landscape at 300 dpi. */
export const EXPORT_SIZES = [
  { id: 'fhd', label: 'Bildskärm 1920 × 1080', width: 1920, height: 1080 },
  { id: 'a4', label: 'A4 liggande, 300 dpi (3508 × 2480)', width: 3508, height: 2480 },
] as const;

export interface MapFrame {
  title: string;
  period: string;
  source: string;
  legend: LegendModel | null;
  /** Drawn over the map, e.g. the actions' status colours. */
  extraLegend?: LegendModel['items'];
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * The map redrawn at `width` × `height` device pixels showing at least what
 * the screen shows: the container is given the target's shape for the moment
 * and both canvases render at the matching pixel ratio, then all is put back.
 */
export async function captureMap(
  controller: MapController,
  width: number,
  height: number,
): Promise<{ canvas: HTMLCanvasElement; ratio: number; zoom: number; lat: number }> {
  const map = controller.map;
  const container = map.getContainer();
  const camera = controller.camera();
  const bounds = map.getBounds();
  const ratio = Math.max(width / container.clientWidth, height / container.clientHeight);
  const saved = container.getAttribute('style');
  Object.assign(container.style, {
    inset: 'auto',
    left: '0',
    top: '0',
    width: `${width / ratio}px`,
    height: `${height / ratio}px`,
  });
  try {
    controller.setRenderScale(ratio);
    map.resize();
    map.fitBounds(bounds, { padding: 0, duration: 0 });
    const idle = new Promise<void>((r) => map.once('idle', () => r()));
    map.triggerRepaint();
    await idle;
    // deck.gl draws on the frame after maplibre's.
    await nextFrame();
    await nextFrame();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Webbläsaren kan inte rita bilden (ingen 2D-canvas).');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(map.getCanvas(), 0, 0, width, height);
    const deck = controller.overlayCanvas();
    if (deck) ctx.drawImage(deck, 0, 0, width, height);
    return { canvas, ratio, zoom: map.getZoom(), lat: map.getCenter().lat };
  } finally {
    if (saved === null) container.removeAttribute('style');
    else container.setAttribute('style', saved);
    controller.setRenderScale(null);
    map.resize();
    controller.jumpTo(camera);
  }
}

/** A scale bar of 1, 2 or 5 × 10ⁿ metres at most `maxPx` long. */
export function scaleBar(
  metresPerPixel: number,
  maxPx: number,
): { metres: number; px: number; label: string } {
  const max = metresPerPixel * maxPx;
  const power = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((f) => f * power).find((m) => m <= max) ?? power;
  return {
    metres,
    px: metres / metresPerPixel,
    label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`,
  };
}

/** Web Mercator with maplibre's 512-pixel tiles: metres per CSS pixel at a latitude and zoom. */
export const metresPerCssPixel = (lat: number, zoom: number) =>
  (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

function drawMark(
  ctx: CanvasRenderingContext2D,
  item: LegendModel['items'][number],
  x: number,
  y: number,
  u: number,
) {
  ctx.save();
  if (item.shape === 'swatch') {
    ctx.fillStyle = item.color;
    ctx.fillRect(x, y - 9 * u, 30 * u, 18 * u);
    ctx.strokeStyle = 'rgba(0,0,0,0.35)';
    ctx.lineWidth = u;
    ctx.strokeRect(x, y - 9 * u, 30 * u, 18 * u);
  } else if (item.shape === 'dot') {
    ctx.fillStyle = item.color;
    ctx.strokeStyle = '#333';
    ctx.lineWidth = 1.5 * u;
    ctx.beginPath();
    ctx.arc(x + 15 * u, y, 9 * u, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  } else {
    ctx.strokeStyle = item.color;
    ctx.lineWidth = 5 * u;
    if (item.shape === 'dashed') ctx.setLineDash([8 * u, 5 * u]);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 30 * u, y);
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * Draws the lägesbild's frame onto the captured map: title and period at the
 * top, the legend at the bottom left, the scale bar at the bottom right and
 * the source line along the bottom. Sizes follow the image height, so A4 at
 * 300 dpi reads as the slide does.
 */
export function drawFrame(
  canvas: HTMLCanvasElement,
  frame: MapFrame,
  metresPerPixel: number,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { width, height } = canvas;
  const u = height / 1080;
  const font = (px: number, bold = false) =>
    `${bold ? '700 ' : ''}${Math.round(px * u)}px system-ui, 'DejaVu Sans', Arial, sans-serif`;
  ctx.textBaseline = 'middle';

  // Title band; a printed page has its title in the page, above the image.
  if (frame.title) {
    ctx.fillStyle = 'rgba(255,255,255,0.95)';
    ctx.fillRect(0, 0, width, 104 * u);
    ctx.fillStyle = '#000';
    ctx.font = font(40, true);
    ctx.fillText(frame.title, 28 * u, 38 * u, width - 56 * u);
    ctx.font = font(26);
    ctx.fillText(frame.period, 28 * u, 80 * u, width - 56 * u);
  }

  // Source line.
  const footer = 40 * u;
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.fillRect(0, height - footer, width, footer);
  ctx.fillStyle = '#000';
  ctx.font = font(20);
  ctx.fillText(frame.source, 28 * u, height - footer / 2, width - 56 * u);

  // Scale bar.
  const bar = scaleBar(metresPerPixel, 260 * u);
  const bx = width - 40 * u - bar.px;
  const by = height - footer - 30 * u;
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.fillRect(bx - 16 * u, by - 44 * u, bar.px + 32 * u, 62 * u);
  ctx.fillStyle = '#000';
  ctx.fillRect(bx, by, bar.px, 6 * u);
  ctx.fillRect(bx, by - 12 * u, 3 * u, 18 * u);
  ctx.fillRect(bx + bar.px - 3 * u, by - 12 * u, 3 * u, 18 * u);
  ctx.font = font(22, true);
  ctx.textAlign = 'center';
  ctx.fillText(bar.label, bx + bar.px / 2, by - 24 * u);
  ctx.textAlign = 'left';

  // Legend.
  const items = [...(frame.legend?.items ?? []), ...(frame.extraLegend ?? [])];
  if (!frame.legend && items.length === 0) return;
  const line = 32 * u;
  ctx.font = font(22);
  const labelWidth = Math.max(
    ...items.map((i) => ctx.measureText(i.label).width),
    ctx.measureText(frame.legend?.caption ?? '').width,
  );
  ctx.font = font(24, true);
  const titleWidth = ctx.measureText(frame.legend?.title ?? '').width;
  const boxW = Math.min(width * 0.45, Math.max(titleWidth, labelWidth + 44 * u) + 36 * u);
  const boxH = (2 + items.length) * line + 28 * u;
  const lx = 24 * u;
  const ly = height - footer - 20 * u - boxH;
  ctx.fillStyle = 'rgba(255,255,255,0.96)';
  ctx.fillRect(lx, ly, boxW, boxH);
  ctx.strokeStyle = '#555';
  ctx.lineWidth = 1.5 * u;
  ctx.strokeRect(lx, ly, boxW, boxH);
  ctx.fillStyle = '#000';
  ctx.fillText(frame.legend?.title ?? '', lx + 18 * u, ly + 14 * u + line / 2, boxW - 36 * u);
  ctx.font = font(20);
  ctx.fillText(frame.legend?.caption ?? '', lx + 18 * u, ly + 14 * u + line * 1.5, boxW - 36 * u);
  ctx.font = font(22);
  items.forEach((item, i) => {
    const y = ly + 14 * u + line * (2.5 + i);
    drawMark(ctx, item, lx + 18 * u, y, u);
    ctx.fillStyle = '#000';
    ctx.fillText(item.label, lx + 62 * u, y, boxW - 80 * u);
  });
}

/** The framed map as a PNG. */
export async function mapPng(
  controller: MapController,
  width: number,
  height: number,
  frame: MapFrame,
): Promise<Blob> {
  const shot = await captureMap(controller, width, height);
  drawFrame(shot.canvas, frame, metresPerCssPixel(shot.lat, shot.zoom) / shot.ratio);
  return new Promise((resolve, reject) =>
    shot.canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(new Error('Bilden blev för stor för webbläsaren. Välj en mindre storlek.')),
      'image/png',
    ),
  );
}
