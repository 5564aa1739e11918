// `schema`: print a JSON schema, for editors and other tools.
import manifestSchema from '../../schemas/manifest.schema.json' with { type: 'json' };
import recordSchema from '../../schemas/record.schema.json' with { type: 'json' };
import registrySchema from '../../schemas/registry.schema.json' with { type: 'json' };
import { GateError } from '../errors.js';
import type { Command } from './io.js';

const SCHEMAS: Record<string, unknown> = {
  manifest: manifestSchema,
  registry: registrySchema,
  record: recordSchema,
};

export const schemaCommand: Command = async (argv, io) => {
  const [name, ...rest] = argv.filter((arg) => arg !== '--debug');
  if (name === '--help' || name === '-h') {
    io.stdout('Usage: ai-vendor-gate schema manifest|registry|record\n');
    return 0;
  }
  if (!name || rest.length > 0 || !Object.prototype.hasOwnProperty.call(SCHEMAS, name)) {
    throw new GateError('schema takes one argument: manifest, registry or record.');
  }
  io.stdout(`${JSON.stringify(SCHEMAS[name], null, 2)}\n`);
  return 0;
};
