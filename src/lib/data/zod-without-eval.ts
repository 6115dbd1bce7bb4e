// Tells zod never to compile validators with `new Function`: the Content-Security-Policy forbids eval, and zod's
// probe for it would be reported as a violation. Imported first by the browser entry; Node keeps zod's faster path.
import { z } from 'zod';

z.config({ jitless: true });
