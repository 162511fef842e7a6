import { chooseEncoding } from './compressed-files.js';

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, as the browser accepts them', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('gzip');
  });

  it('answers uncompressed when the browser takes neither, or refuses them with q=0', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
  });
});
