import { signal } from '@preact/signals';
import type { WalkRouteEditor } from '../../map/walkRouteEditor';

/** The route editor on the map while the plan tab is shown, for the plan section's buttons. */
export const routeEditor = signal<WalkRouteEditor | null>(null);
/** Vertices tapped so far while drawing, or null when not drawing. */
export const drawingVertices = signal<number | null>(null);
