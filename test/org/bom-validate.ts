// CycloneDX's own JSON schema validator (strict: no unknown properties), for the AI-BOM tests.
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';

/** null when `json` is a valid CycloneDX 1.6 document, else the validator's errors. */
export async function validateBom(json: string): Promise<unknown> {
  const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
  return validator.validate(json);
}
