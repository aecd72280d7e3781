/**
 * What each user action costs on Google by the cost model (apps-script-costs.md): the
 * pessimistic ceilings the add-on meets, and that no action grows with the pupils of a class.
 * `npm run bench` prints these figures and the 300-journal school's.
 */
import { costLine, type Price } from '../fakes/cost';
import * as op from './operations';

const seconds = (p: Price) => p.pessimistic / 1000;
const print = (name: string, p: Price) => process.stdout.write(`${costLine(name, p)}\n`);

describe('the cost of each user action on Google (pessimistic)', () => {
  const school30 = op.school(60, 30);
  const school10 = op.school(60, 10);

  it.each([
    ['monitoring-60', op.monitoring, 20],
    ['check-60', op.check, 20],
  ] as const)(
    '%s: within its ceiling, the same calls for 10 and 30 pupils per class',
    async (name, run, ceiling) => {
      const large = await run(school30);
      print(name, large);
      expect(seconds(large)).toBeLessThanOrEqual(ceiling);
      expect((await run(school10)).calls).toBe(large.calls);
    },
  );

  it('analysis-1: within 5 s', async () => {
    const price = await op.analysis(school30);
    print('analysis-1', price);
    expect(seconds(price)).toBeLessThanOrEqual(5);
  });

  it('exam-journal-30: within 5 s, the same calls for 10 and 30 pupils', async () => {
    const price = await op.examJournal(30);
    print('exam-journal-30', price);
    expect(seconds(price)).toBeLessThanOrEqual(5);
    expect((await op.examJournal(10)).calls).toBe(price.calls);
  });

  it('score-grid-30: within 8 s', async () => {
    const price = await op.scoreGrid();
    print('score-grid-30', price);
    expect(seconds(price)).toBeLessThanOrEqual(8);
  });

  it('moderation-apply (4 scores): within 5 s', async () => {
    const price = await op.moderationApply();
    print('moderation-apply', price);
    expect(seconds(price)).toBeLessThanOrEqual(5);
  });

  it('analysis and opening the sidebar: the same calls for 10 and 30 pupils per class', async () => {
    const calls = async (pupils: number) => {
      const s = op.school(2, pupils);
      return [(await op.analysis(s)).calls, (await op.bootstrap(s)).calls];
    };
    expect(await calls(30)).toEqual(await calls(10));
  });
});
