// The gate's name and version as every output names them: a module of its own so that
// `--version` loads nothing else.
import pkg from '../package.json' with { type: 'json' };

export const TOOL = { name: 'ai-vendor-gate', version: pkg.version } as const;
