import type { ComponentType } from 'preact';
import type { AppState } from '../state/appState';
import type { MeetingState } from '../state/meeting/meetingState';
import { APP_VIEWS, type AppView } from '../state/appView';
import { ComparePanel } from './compare/ComparePanel';
import { DashboardPanel } from './DashboardPanel';
import { MeetingPanel } from './meeting/MeetingPanel';
import type { DataPanelActions } from './DataPanel';
import type { MapSlots } from './mapSlots';
import type { ViewServices } from '../state/viewServices';
import { WalkPanel } from './walk/WalkPanel';

export interface ViewPanelProps {
  state: AppState;
  actions: DataPanelActions;
  slots: MapSlots;
  /** The EST meeting's documents and slides (created in main, with the stores). */
  meeting?: MeetingState;
  services: ViewServices;
}

/** The panel of each view; a view without one is not offered. */
const PANELS: Partial<Record<AppView, ComponentType<ViewPanelProps>>> = {
  dashboard: DashboardPanel,
  compare: ComparePanel,
  meeting: MeetingPanel,
  walk: WalkPanel,
};

export const availableViews = () => APP_VIEWS.filter((v) => PANELS[v.id]);

export const panelOf = (view: AppView): ComponentType<ViewPanelProps> =>
  PANELS[view] ?? DashboardPanel;
