// Before ncc: start from an empty dist/, so chunks of an earlier build never linger beside the
// new ones (dist/ is committed, and CI compares it with a fresh build).
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
