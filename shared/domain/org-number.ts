const ORG_NUMBER = /^(\d{6})-(\d{4})$/;

/** Luhn (mod 10) over a string of digits; the last digit is the check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A Swedish organisation number `NNNNNN-NNNN` whose last digit is its Luhn check digit. */
export function isValidOrgNumber(value: string): boolean {
  const match = ORG_NUMBER.exec(value);
  return match !== null && luhnValid(`${match[1]}${match[2]}`);
}
