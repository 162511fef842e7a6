import fc from 'fast-check';
import { compareTasks, mergeTaskPages, type SortableTask } from './task-list-view.js';

const at = (day: number) => new Date(Date.UTC(2030, 0, day));
const task = (id: string, arrived: number, deadline: number | null): SortableTask => ({
  id,
  at: at(arrived),
  deadlineAt: deadline === null ? null : at(deadline),
});

describe('mergeTaskPages — one list across processes', () => {
  it('待办: soonest deadline first, items without a deadline last, oldest first among them', () => {
    const approval = [task('a1', 1, 9), task('a2', 2, null)];
    const grading = [task('g1', 3, null), task('g2', 4, 5)];
    expect(mergeTaskPages('todo', [approval, grading], 0, 10).map((t) => t.id)).toEqual(['g2', 'a1', 'a2', 'g1']);
  });

  it('已办 / 抄送我 / 我发起的: newest first', () => {
    const page = mergeTaskPages('done', [[task('a', 1, 2)], [task('b', 3, null)], [task('c', 2, null)]], 0, 10);
    expect(page.map((t) => t.id)).toEqual(['b', 'c', 'a']);
  });

  it('pages with offset and limit over the merged order', () => {
    const sources = [[task('a', 1, null), task('b', 2, null)], [task('c', 3, null)]];
    expect(mergeTaskPages('cc', sources, 1, 1).map((t) => t.id)).toEqual(['b']);
    expect(mergeTaskPages('cc', sources, 3, 5)).toEqual([]);
  });

  it('consecutive pages of the merge are the whole merged list, in order, each item once', () => {
    const item = fc.record({
      arrived: fc.integer({ min: 1, max: 30 }),
      deadline: fc.option(fc.integer({ min: 1, max: 30 })),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(item, { maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('todo' as const, 'done' as const),
        fc.integer({ min: 1, max: 5 }),
        (raw, view, limit) => {
          const sources = raw.map((items, s) =>
            items.map((i, n) => task(`${s}-${n}`, i.arrived, i.deadline)).sort((a, b) => compareTasks(view, a, b)),
          );
          const all = mergeTaskPages(view, sources, 0, 1000);
          const paged: SortableTask[] = [];
          for (let offset = 0; offset < all.length; offset += limit) {
            // Each source hands over only its first offset + limit items, as the sources do.
            const heads = sources.map((items) => items.slice(0, offset + limit));
            paged.push(...mergeTaskPages(view, heads, offset, limit));
          }
          expect(paged.map((t) => t.id)).toEqual(all.map((t) => t.id));
          expect(new Set(all.map((t) => t.id)).size).toBe(sources.flat().length);
        },
      ),
    );
  });
});
