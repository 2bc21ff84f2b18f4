import { useEffect, useState } from 'preact/hooks';
import './offlineStatus.css';

export const OFFLINE_TEXT = 'Utan nät – det du gör sparas på enheten';

/**
 * Says so while the device has no network, so nobody outdoors wonders whether what they enter is
 * lost. The live region is always there (a screen reader announces what appears in it); its text
 * only while offline.
 */
export function OfflineStatus() {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    update();
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return (
    <span
      role="status"
      class={online ? 'offline-status' : 'offline-status shown'}
      data-testid="offline-status"
    >
      {online ? '' : OFFLINE_TEXT}
    </span>
  );
}
