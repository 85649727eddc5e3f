import { instantDayInWords } from '../../../../shared/i18n/period-words';
import { Bullets, type PageContext, Shell, words } from '../layout';

/** When the statement was last reviewed: a change to what is or is not accessible moves it. */
export const STATEMENT_REVIEWED = '2026-12-02';

/** The accessibility statement DOS-lagen asks for, reachable from every page (its footer). */
export function AccessibilityPage(props: { c: PageContext; contactEmail: string }) {
  const t = words(props.c);
  const s = t.statement;
  const date = instantDayInWords(`${STATEMENT_REVIEWED}T12:00:00Z`, props.c.language);
  return (
    <Shell c={props.c} title={t.statementTitle}>
      <h1>{t.statementTitle}</h1>
      <p>{s.intro}</p>
      <h2>{s.statusTitle}</h2>
      <p>{s.status}</p>
      <h2>{s.gapsTitle}</h2>
      <Bullets items={s.gaps} />
      <h2>{s.methodTitle}</h2>
      <p>{s.method(date)}</p>
      <h2>{s.reportTitle}</h2>
      <p>
        {s.report} <a href={`mailto:${props.contactEmail}`}>{props.contactEmail}</a>. {s.reportAsk}
      </p>
      <h2>{s.supervisionTitle}</h2>
      <p>
        {s.supervision} <a href="https://www.digg.se/tdosanmalan">{s.diggLink}</a>
      </p>
      <p>{s.updated(date)}</p>
    </Shell>
  );
}
