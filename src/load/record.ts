// A gate record (one line of a history file) checked against its schema. Apart from the
// registry's and manifest's validators: only the history commands load the record's.
import type { GateRecordDocument } from '../model.js';
import { validateRecord } from './generated/record-validator.js';
import recordSchema from '../../schemas/record.schema.json' with { type: 'json' };
import { schemaSentences } from './schema.js';

export type RecordCheck =
  { ok: true; record: GateRecordDocument } | { ok: false; problems: string[] };

/**
 * Check a parsed gate record (one line of a history file) against schemas/record.schema.json
 * with the compiled validator: the record's type is the schema's, never an unchecked cast.
 * Problems are plain sentences naming the field (`findings[0].severity must be one of …`).
 */
export function checkRecord(value: unknown): RecordCheck {
  if (validateRecord(value)) return { ok: true, record: value };
  const problems = schemaSentences(validateRecord.errors ?? [], value, recordSchema);
  return { ok: false, problems: problems.length > 0 ? problems : ['The record is invalid.'] };
}
