import fc from 'fast-check';
import {
  isValidPhone,
  isValidResidentIdNumber,
  maskIdNumber,
  maskPhone,
  residentIdCheckCharacter,
} from './personal-data.js';

describe('personal data — ID numbers and phones', () => {
  it('accepts an ID number with a real birth date and the right check character', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(isValidResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isValidResidentIdNumber('110105194912310021')).toBe(false);
    expect(
      isValidResidentIdNumber('11010519490231002X'.slice(0, 17) + residentIdCheckCharacter('11010519490231002')),
    ).toBe(false);
    expect(isValidResidentIdNumber('1101051949123100')).toBe(false);
  });

  it('masks so that the birth date and the middle digits never show', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskPhone('13800001234')).toBe('138****1234');
    fc.assert(
      fc.property(fc.string({ minLength: 8, maxLength: 30 }), (value) => {
        const masked = maskIdNumber(value);
        return masked.length === value.length && masked.slice(3, -4) === '*'.repeat(value.length - 7);
      }),
    );
    expect(maskPhone('12345')).toBe('*****');
  });

  it('recognises mobile and landline numbers', () => {
    expect(['13800001234', '0571-88001234', '01088001234'].map(isValidPhone)).toEqual([true, true, true]);
    expect(['12800001234', '1380000123', 'tel'].map(isValidPhone)).toEqual([false, false, false]);
  });
});
