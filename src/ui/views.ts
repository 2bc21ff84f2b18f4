import type { ComponentType } from 'preact';
import type { AppState } from '../state/appState';
import type { MeetingState } from '../state/meeting/meetingState';
import { APP_VIEWS, type AppView } from '../state/appView';
import { DashboardPanel } from './DashboardPanel';
import type { DataPanelActions } from './DataPanel';
import type { MapSlots } from './mapSlots';
import type { ViewServices } from '../state/viewServices';
import { lazyPanel } from './lazyPanel';

export interface ViewPanelProps {
  state: AppState;
  actions: DataPanelActions;
  slots: MapSlots;
  /** The EST meeting's documents and slides (created in main, with the stores). */
  meeting?: MeetingState;
  services: ViewServices;
}

/**
 * The panel of each view; a view without one is not offered. Only the first view's panel is in
 * the first download: the others (with terra-draw, the file readers, print and export) load when
 * their view is first opened.
 */
const PANELS: Partial<Record<AppView, ComponentType<ViewPanelProps>>> = {
  dashboard: DashboardPanel,
  compare: lazyPanel('Jämför ÖDS', () =>
    import('./compare/ComparePanel').then((m) => m.ComparePanel),
  ),
  meeting: lazyPanel('EST-möte', () =>
    import('./meeting/MeetingPanel').then((m) => m.MeetingPanel),
  ),
  walk: lazyPanel('Trygghetsvandring', () => import('./walk/WalkPanel').then((m) => m.WalkPanel)),
};

export const availableViews = () => APP_VIEWS.filter((v) => PANELS[v.id]);

export const panelOf = (view: AppView): ComponentType<ViewPanelProps> =>
  PANELS[view] ?? DashboardPanel;
