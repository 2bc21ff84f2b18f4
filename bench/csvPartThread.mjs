// A worker thread of the bench's part plan: TypeScript is compiled by tsx, as in the bench itself.
import { register } from 'tsx/esm/api';

register();
await import('./csvPartThread.ts');
