import { toActivityMap } from './activity-map.util.js';

class Greeter {
  constructor(private readonly greeting: string) {}
  async greet(name: string) {
    return `${this.greeting}, ${name}`;
  }
}
class Other {
  async greet() {
    return 'again';
  }
}

describe('toActivityMap', () => {
  it('binds each method to its provider so injected state is kept', async () => {
    const map = toActivityMap([new Greeter('你好')]);
    expect(Object.keys(map)).toEqual(['greet']);
    await expect(map['greet']!('同志')).resolves.toBe('你好, 同志');
  });

  it('refuses two providers exposing the same activity name', () => {
    expect(() => toActivityMap([new Greeter('a'), new Other()])).toThrow(/"greet" is defined by two providers/);
  });
});
