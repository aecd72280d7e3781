/** The sample as the commission left it on the sheet: rows with a discrepancy stand out. */
import type { Lang } from '../../../src/core/i18n/messages';
import { decimal, quarterCell, signed } from '../../../src/core/moderation/format';
import { discrepancies } from '../../../src/core/moderation/discrepancies';
import type { ModerationRow } from '../../../src/core/moderation/types';
import type { ModerationUiText } from './texts';

// Inline: the feature keeps its few styles with it.
const FLAG = { fontWeight: 'bold', color: '#a50e0e' };

export function RowsTable(props: {
  rows: ModerationRow[];
  tolerance: number;
  lang: Lang;
  t: ModerationUiText;
}) {
  const { rows, lang, t } = props;
  const flagged = new Map(discrepancies(rows, props.tolerance).map((d) => [d.row.a1, d]));
  // «No discrepancies» only means something once the commission has entered its scores.
  const entered = rows.filter((r) => r.moderators !== undefined).length;
  const num = (x: number | undefined) => (x === undefined ? '' : decimal(x, lang));
  const mark = (r: ModerationRow) => {
    const before = String(quarterCell(r.quarterTeacher, lang));
    const after = r.quarterModerators === undefined ? '' : String(quarterCell(r.quarterModerators, lang));
    return after === '' || after === before ? before : `${before} → ${after}`;
  };
  return (
    <section aria-label={t.title}>
      <p role="status" class={flagged.size > 0 ? 'discrepancy-count' : undefined}>
        {flagged.size > 0
          ? t.discrepancies(flagged.size)
          : entered === 0
            ? t.notEnteredYet
            : entered < rows.length
              ? t.noDiscrepanciesSoFar(entered, rows.length)
              : t.noDiscrepancies}
      </p>
      <table class="moderation-rows" style={{ width: '100%', borderCollapse: 'collapse', fontSize: '12px' }}>
        <thead>
          <tr>
            <th scope="col">{t.headers.pupil}</th>
            <th scope="col">{t.headers.teacher}</th>
            <th scope="col">{t.headers.moderators}</th>
            <th scope="col">{t.headers.difference}</th>
            <th scope="col">{t.headers.mark}</th>
            <th scope="col">{t.headers.agreed}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const d = flagged.get(r.a1);
            return (
              <tr
                key={r.a1}
                class={d ? 'discrepancy' : undefined}
                style={d ? { background: '#fce8e6' } : undefined}
                data-cell={r.a1}
              >
                <th scope="row">{r.pupil}</th>
                <td>{num(r.teacher)}</td>
                <td>{num(r.moderators)}</td>
                <td class={d?.score ? 'flag' : undefined} style={d?.score ? FLAG : undefined}>
                  {r.difference === undefined ? '' : signed(r.difference, lang)}
                </td>
                <td class={d?.mark ? 'flag' : undefined} style={d?.mark ? FLAG : undefined}>
                  {mark(r)}
                </td>
                <td>{num(r.agreed)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
