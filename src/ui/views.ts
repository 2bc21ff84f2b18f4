import type { ComponentType } from 'preact';
import type { AppState } from '../state/appState';
import { APP_VIEWS, type AppView } from '../state/appView';
import { DashboardPanel } from './DashboardPanel';
import type { DataPanelActions } from './DataPanel';
import type { MapSlots } from './mapSlots';
import type { ViewServices } from '../state/viewServices';
import { WalkPanel } from './walk/WalkPanel';

export interface ViewPanelProps {
  state: AppState;
  actions: DataPanelActions;
  slots: MapSlots;
  services: ViewServices;
}

/** The panel of each view; a view without one is not offered. */
const PANELS: Partial<Record<AppView, ComponentType<ViewPanelProps>>> = {
  dashboard: DashboardPanel,
  walk: WalkPanel,
};

export const availableViews = () => APP_VIEWS.filter((v) => PANELS[v.id]);

export const panelOf = (view: AppView): ComponentType<ViewPanelProps> =>
  PANELS[view] ?? DashboardPanel;
