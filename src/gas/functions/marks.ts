import { computeAnnual } from '../../core/annual';
import { countMarks, indicators, type Indicators } from '../../core/indicators';
import { outcomeText } from '../../core/outcome';
import { resolveRuleset } from '../../core/ruleset';
import { grid } from '../args';
import { asCustomFunction } from '../customFunction';
import { messagesOf, type LocaleSource } from '../language';

function indicatorsOf(marks: unknown): Indicators {
  return indicators(countMarks(grid(marks) ?? []));
}

const figure = (x: number | undefined): number | string => x ?? '';

export function markFunctions(locale: LocaleSource) {
  return {
    KB_ANNUAL: asCustomFunction('KB_ANNUAL', locale, 1, (marks: unknown, rules?: unknown) => {
      const m = messagesOf(resolveRuleset(rules).lang, locale);
      return (grid(marks) ?? [[]]).map((row) => {
        const r = computeAnnual(row);
        return [r.kind === 'mark' ? r.mark : outcomeText(r, m)];
      });
    }),
    KB_STATS: asCustomFunction('KB_STATS', locale, 1, (marks: unknown, rules?: unknown) => {
      resolveRuleset(rules); // a bad ruleset is an error here too, for consistency
      const s = indicatorsOf(marks);
      return [
        [
          s.n,
          s.n5,
          s.n4,
          s.n3,
          s.n2,
          s.na,
          figure(s.success),
          figure(s.quality),
          figure(s.sou),
          figure(s.mean),
        ],
      ];
    }),
    KB_QUALITY: asCustomFunction('KB_QUALITY', locale, undefined, (marks: unknown) =>
      figure(indicatorsOf(marks).quality),
    ),
    KB_SUCCESS: asCustomFunction('KB_SUCCESS', locale, undefined, (marks: unknown) =>
      figure(indicatorsOf(marks).success),
    ),
    KB_SOU: asCustomFunction('KB_SOU', locale, undefined, (marks: unknown) =>
      figure(indicatorsOf(marks).sou),
    ),
  };
}
