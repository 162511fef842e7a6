import { RequestValidationError } from './request-validation.error.js';
import { TextSafetyPipe } from './text-safety.pipe.js';

describe('TextSafetyPipe', () => {
  const pipe = new TextSafetyPipe();
  const fieldOf = (value: unknown, type: 'body' | 'query' | 'param' = 'body', data?: string) => {
    try {
      pipe.transform(value, { type, ...(data ? { data } : {}) });
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(RequestValidationError);
      return (error as RequestValidationError).fields[0]?.field;
    }
  };

  it('lets emoji, bidi marks, combining marks and astral characters through unchanged', () => {
    const body = { name: '👩‍👩‍👧 支部\u200f\u202eRTL\u202c 𠮷 e\u0301', items: [{ content: "'; DROP TABLE x; --" }] };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
    expect(fieldOf(Buffer.from([0, 1, 2]))).toBeNull();
  });

  it('names the first field holding a NUL or a lone surrogate, however deep', () => {
    expect(fieldOf({ displayName: 'a\u0000b' })).toBe('displayName');
    expect(fieldOf({ items: [{ content: 'ok' }, { content: '\udc00x' }] })).toBe('items.1.content');
    expect(fieldOf({ page: '1\u0000' }, 'query')).toBe('page');
    expect(fieldOf('a\u0000', 'param', 'username')).toBe('username');
  });
});
