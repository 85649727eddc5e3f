const E164 = /^\+[1-9]\d{7,14}$/;

/**
 * A phone number in E.164. Swedish national numbers (`070-123 45 67`) become `+4670…`, `0046…` becomes `+46…`;
 * spaces, dashes and brackets are dropped. Anything that is then not E.164 is refused (undefined).
 * Deliberately narrow: these are the coordinators' own numbers, entered by an admin.
 */
export function normalisePhone(input: string): string | undefined {
  const compact = input.replace(/[\s\-().]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  const e164 = /^0[1-9]/.test(international) ? `+46${international.slice(1)}` : international;
  return E164.test(e164) ? e164 : undefined;
}
