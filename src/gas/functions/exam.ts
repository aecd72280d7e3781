import { callError } from '../../core/errors';
import { examMark, finalMark, resolveExamScale, type ExamResult } from '../../core/exam';
import type { Messages } from '../../core/i18n';
import { outcomeText } from '../../core/outcome';
import { FINAL_RULES, resolveRuleset } from '../../core/ruleset';
import { columns, grid, pupilRows } from '../args';
import { asCustomFunction } from '../customFunction';
import { messagesOf, type LocaleSource } from '../language';

const cellOf = (r: ExamResult, m: Messages): number | string =>
  r.kind === 'mark' ? r.mark : outcomeText(r, m);

export function examFunctions(locale: LocaleSource) {
  return {
    KB_EXAM: asCustomFunction('KB_EXAM', locale, 2, (score: unknown, exam?: unknown, rules?: unknown) => {
      const scale = resolveExamScale(exam);
      const m = messagesOf(resolveRuleset(rules).lang, locale);
      return (grid(score) ?? [['']]).map((row) => row.map((raw) => cellOf(examMark(raw, scale), m)));
    }),
    KB_FINAL: asCustomFunction(
      'KB_FINAL',
      locale,
      2,
      (annual: unknown, examMarks: unknown, rules?: unknown) => {
        const ruleset = resolveRuleset(rules);
        if (!ruleset.final) throw callError('finalRuleMissing', FINAL_RULES.join(' | '));
        const a = grid(annual) ?? [['']];
        const e = grid(examMarks) ?? [['']];
        // Both are pupil arguments: neither broadcasts over the other.
        pupilRows({ annual: a, exam_mark: e });
        if (columns(a) !== columns(e))
          throw callError('columnsMismatch', 'exam_mark', String(columns(e)), 'annual', String(columns(a)));
        const m = messagesOf(ruleset.lang, locale);
        const rule = ruleset.final;
        return a.map((row, r) => row.map((raw, c) => cellOf(finalMark(raw, e[r][c], rule), m)));
      },
    ),
  };
}
