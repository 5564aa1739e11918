// The history's head (SPEC 9): the latest gate record's sha256, published where an auditor can
// find it independently of the history file, so removing the latest records is detectable with
// `history verify FILE --head SHA256`.

/** A markdown footer naming the head; the digest is our own hex, nothing untrusted. */
export function headFooter(recordSha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(recordSha256)) return '';
  return (
    `\n\n---\n<sub>Gate record SHA-256 (history head): \`${recordSha256}\` · ` +
    `check a history with \`ai-vendor-gate history verify history.jsonl --head ${recordSha256}\`</sub>`
  );
}
