// Worker-thread entry when running from the TypeScript sources (see worker-script.ts):
// registers tsx, then runs the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
