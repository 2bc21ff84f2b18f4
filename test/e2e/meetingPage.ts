import { inject } from 'vitest';
import { openPage, waitForMapReady, type OpenedPage } from './browser';

/** The meeting tests' clock: Monday 20 October 2025, a week after the demo group's last meeting. */
export const MEETING_TODAY = new Date('2025-10-20T09:00:00+02:00');
/** The projector. */
export const FHD = { width: 1920, height: 1080 };

/** EST-möte at 1920 × 1080 on the meeting tests' clock, once the demo agenda's six places show. */
export async function openMeetingPage(): Promise<OpenedPage> {
  const opened = await openPage('about:blank', FHD);
  await opened.page.clock.setFixedTime(MEETING_TODAY);
  await opened.page.goto(`${inject('baseUrl')}?v=meeting`);
  await waitForMapReady(opened.page);
  await opened.page.waitForFunction(
    () => document.querySelectorAll('[data-testid="agenda"] li').length === 6,
  );
  return opened;
}
