/** The four jobs the app is for; each is a view with its own panel over the same map. */
export type AppView = 'dashboard' | 'compare' | 'walk' | 'meeting';

export const APP_VIEWS: { id: AppView; label: string }[] = [
  { id: 'dashboard', label: 'Lägesbild' },
  { id: 'compare', label: 'Jämför ÖDS' },
  { id: 'walk', label: 'Trygghetsvandring' },
  { id: 'meeting', label: 'EST-möte' },
];
