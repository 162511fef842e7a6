import fc from 'fast-check';
import { checkEvidenceFile, evidenceContentType, MAX_EVIDENCE_BYTES } from './evidence-file.js';

const PDF = Uint8Array.from([...Buffer.from('%PDF-1.7\n'), 1, 2, 3]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const code = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (error) {
    return (error as { code: string; field: string }).code;
  }
};

describe('evidence files of a self-assessment', () => {
  it('accepts a PDF, PNG, JPEG and Office file whose content matches its name', () => {
    expect(checkEvidenceFile('会议记录.pdf', PDF)).toBe('pdf');
    expect(checkEvidenceFile('photo.PNG', PNG)).toBe('png');
    expect(checkEvidenceFile('a.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(checkEvidenceFile('台账.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('office');
    expect(evidenceContentType('会议记录.pdf')).toBe('application/pdf');
  });

  it('refuses an empty file, another kind, and a file whose content is not what its name says', () => {
    expect(code(() => checkEvidenceFile('a.pdf', new Uint8Array()))).toBe('EVIDENCE_EMPTY');
    expect(code(() => checkEvidenceFile('run.exe', Uint8Array.from([0x4d, 0x5a])))).toBe('EVIDENCE_TYPE_UNSUPPORTED');
    expect(code(() => checkEvidenceFile('fake.pdf', Uint8Array.from([0x4d, 0x5a, 0x90, 0, 0, 0])))).toBe(
      'EVIDENCE_TYPE_UNSUPPORTED',
    );
    expect(code(() => checkEvidenceFile('big.pdf', new Uint8Array(MAX_EVIDENCE_BYTES + 1)))).toBe('EVIDENCE_TOO_LARGE');
  });

  it('never accepts content that starts unlike every known kind, whatever the name (property)', () => {
    const knownStarts = [0x25, 0x89, 0xff, 0x50];
    fc.assert(
      fc.property(
        fc.constantFrom('a.pdf', 'b.png', 'c.jpg', 'd.docx', 'e.xlsx', 'f.txt', 'g'),
        fc.uint8Array({ minLength: 1, maxLength: 64 }).filter((b) => !knownStarts.includes(b[0]!)),
        (name, content) => code(() => checkEvidenceFile(name, content)) === 'EVIDENCE_TYPE_UNSUPPORTED',
      ),
    );
  });
});
