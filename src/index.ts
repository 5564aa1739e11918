// The GitHub Action's entry point (action.yml → dist/index.js).
import { run } from './action/main.js';

await run();
