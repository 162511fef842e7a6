import { firstUnsafeParameter } from './request-parameters.guard.js';

describe('firstUnsafeParameter', () => {
  it('lets ids, codes, Chinese text and emoji through', () => {
    expect(
      firstUnsafeParameter({ username: 'qs-admin', id: '党支部 👩‍👩‍👧' }, { q: '东岭镇', page: ['1', '2'] }),
    ).toBeNull();
  });

  it('names the path parameter holding a NUL or another control character', () => {
    expect(firstUnsafeParameter({ username: 'a\u0000b' }, {})).toBe('username');
    expect(firstUnsafeParameter({ year: '2026', id: 'x\ny' }, {})).toBe('id');
    expect(firstUnsafeParameter({ code: 'a\u007f' }, {})).toBe('code');
    expect(firstUnsafeParameter({ code: 'a\u0085' }, {})).toBe('code');
  });

  it('names the query parameter, without echoing an unsafe key', () => {
    expect(firstUnsafeParameter({}, { q: 'ok', list: ['a', 'b\u0000'] })).toBe('list');
    expect(firstUnsafeParameter({}, { 'a\u0000': '1' })).toBe('query');
    expect(firstUnsafeParameter({}, { q: '\ud800' })).toBe('q');
  });
});
