/**
 * 公民身份号码 and phone numbers are personal data: publications and list responses show name and
 * organisation only (SPEC §6 rule 21), so anything listing members masks them.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARACTERS = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of a resident ID number (GB 11643). */
export function residentIdCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * ID_WEIGHTS[i]!, 0);
  return ID_CHECK_CHARACTERS[sum % 11]!;
}

/** An 18-character resident ID number: 17 digits, a real birth date (positions 7–14), a valid check character. */
export function isValidResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  const realDate = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return realDate && year >= 1900 && residentIdCheckCharacter(value.slice(0, 17)) === value[17];
}

/** Mainland mobile (11 digits from 13–19) or a landline with an area code, digits and one hyphen. */
export const isValidPhone = (value: string): boolean =>
  /^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}$/.test(value);

/** `110105********123X`-style: the first 3 and last 4 characters stay, the rest (birth date included) is hidden. */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** `138****5678`: the first 3 and last 4 digits stay. */
export function maskPhone(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}
