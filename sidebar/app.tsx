/**
 * The sidebar: asks the server for its first screen (getBootstrap: settings and templates), then
 * shows one panel at a time; the journals and sheet names are loaded once, when the first panel
 * that lists them opens (each costs a few getters per sheet of a large file). Panels stay mounted
 * once opened, so a half-filled form survives a look at Help.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../src/core/i18n/messages';
import type { JournalForm } from '../src/core/journal/types';
import type { Bootstrap, JournalSummary, Panel, SheetLists } from '../src/shared/endpoints';
import { guessLang, TEXTS, TextContext, useText } from './i18n';
import { CheckPanel } from './panels/CheckPanel';
import { FromTemplatePanel } from './panels/FromTemplatePanel';
import { HelpPanel } from './panels/HelpPanel';
import { ModerationPanel } from './panels/ModerationPanel';
import { AnalysisPanel } from './panels/AnalysisPanel';
import { MonitoringPanel } from './panels/MonitoringPanel';
import { NewJournalPanel } from './panels/NewJournalPanel';
import { SettingsPanel } from './panels/SettingsPanel';
import { SpecPanel } from './panels/SpecPanel';
import { call } from './rpc';
import { Busy, errorNotice, Messages, type Notice } from './ui/feedback';

/**
 * The nav in groups, so it stays two or three short rows at 300 px however many panels there are.
 * sidebar/i18n lists `nav` in this order (test/browser/settings.test.ts compares the nav's text).
 */
export const NAV_GROUPS: readonly { id: 'journals' | 'reports' | 'addon'; panels: readonly Panel[] }[] = [
  { id: 'journals', panels: ['newJournal', 'fromTemplate', 'check', 'specs'] },
  { id: 'reports', panels: ['analysis', 'monitoring', 'moderation'] },
  { id: 'addon', panels: ['settings', 'help'] },
];

export const PANELS: readonly Panel[] = NAV_GROUPS.flatMap((g) => g.panels);

/** The lists each panel draws from. */
const NEEDS: Partial<Record<Panel, readonly (keyof SheetLists)[]>> = {
  newJournal: ['sheets', 'journals'],
  fromTemplate: ['sheets', 'journals'],
  specs: ['journals'],
  analysis: ['journals'],
  monitoring: ['journals'],
  moderation: ['journals'],
};

const LOADERS = {
  journals: () => call('listJournals'),
  sheets: () => call('listSheets'),
} as const;

export function App({ requested }: { requested: Panel }) {
  const [lang, setLang] = useState<Lang>(() => guessLang(navigator.language));
  const [data, setData] = useState<Bootstrap | null>(null);
  const [failure, setFailure] = useState<Notice | null>(null);
  const [panel, setPanel] = useState<Panel>(requested);
  const [opened, setOpened] = useState<ReadonlySet<Panel>>(() => new Set([requested]));
  const [lists, setLists] = useState<Partial<SheetLists>>({});
  const [loading] = useState(() => new Set<keyof SheetLists>());

  useEffect(() => {
    call('getBootstrap', requested).then(
      (b) => {
        setData(b);
        setLang(b.lang);
        open(b.panel);
      },
      (error) => setFailure(errorNotice(error)),
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    if (!data) return;
    for (const list of NEEDS[panel] ?? []) {
      if (loading.has(list)) continue;
      loading.add(list);
      LOADERS[list]().then(
        (value) => setLists((l) => ({ ...l, [list]: value })),
        (error) => setFailure(errorNotice(error)),
      );
    }
  }, [data !== null, panel]);

  function open(p: Panel) {
    setPanel(p);
    setOpened((s) => (s.has(p) ? s : new Set([...s, p])));
  }

  const update = (patch: Partial<Bootstrap>) => setData((d) => (d ? { ...d, ...patch } : d));

  /** New journals join the lists already loaded (a list not loaded yet will include them). */
  function addJournals(journals: JournalSummary[]) {
    setLists((l) => ({
      ...(l.journals ? { journals: [...l.journals, ...journals] } : {}),
      ...(l.sheets
        ? { sheets: [...l.sheets, ...journals.map((j) => j.sheetName).filter((s) => !l.sheets!.includes(s))] }
        : {}),
    }));
  }

  function journalCreated(form: JournalForm, sheetName: string) {
    const { className, subject, teacher, period } = form;
    addJournals([
      {
        sheetName,
        className,
        subject,
        teacher,
        period,
        periodKind: form.structure.periodKind,
        marks: form.structure.marks,
      },
    ]);
  }

  const content = (p: Panel) => {
    if (!data) return null;
    if ((NEEDS[p] ?? []).some((list) => lists[list] === undefined))
      return <Busy label={TEXTS[lang].loading} />;
    const panelData = { ...data, journals: lists.journals ?? [], sheets: lists.sheets ?? [] };
    switch (p) {
      case 'newJournal':
        return <NewJournalPanel data={panelData} onCreated={journalCreated} />;
      case 'fromTemplate':
        return (
          <FromTemplatePanel
            data={panelData}
            onCreated={addJournals}
            onTemplates={(templates) => update({ templates })}
          />
        );
      case 'check':
        return <CheckPanel />;
      case 'settings':
        return (
          <SettingsPanel
            settings={data.settings}
            presets={data.presets}
            onSaved={(settings) => {
              update({ settings, lang: settings.lang });
              setLang(settings.lang);
            }}
          />
        );
      case 'moderation':
        return <ModerationPanel data={panelData} lang={lang} />;
      case 'analysis':
        return <AnalysisPanel data={panelData} lang={lang} />;
      case 'monitoring':
        return <MonitoringPanel data={panelData} lang={lang} />;
      case 'specs':
        return <SpecPanel data={panelData} lang={lang} />;
      case 'help':
        return <HelpPanel />;
    }
  };

  return (
    <TextContext.Provider value={TEXTS[lang]}>
      {data ? (
        <div class="app">
          <Nav current={panel} onOpen={open} />
          {PANELS.filter((p) => opened.has(p)).map((p) => (
            <main
              key={p}
              id={`panel-${p}`}
              class="panel"
              hidden={p !== panel}
              aria-label={TEXTS[lang].nav[p]}
            >
              {content(p)}
            </main>
          ))}
        </div>
      ) : failure ? (
        <Messages notice={failure} />
      ) : (
        <Busy label={TEXTS[lang].loading} />
      )}
    </TextContext.Provider>
  );
}

function Nav({ current, onOpen }: { current: Panel; onOpen: (p: Panel) => void }) {
  const t = useText();
  return (
    <nav class="nav" aria-label={t.navLabel}>
      {NAV_GROUPS.map((g) => (
        // The group's name is drawn by CSS from data-label, so the nav's text is its panels' names.
        <div
          key={g.id}
          class="nav-group"
          role="group"
          aria-label={t.navGroups[g.id]}
          data-label={t.navGroups[g.id]}
        >
          {g.panels.map((p) => (
            <button
              key={p}
              type="button"
              class={p === current ? 'tab current' : 'tab'}
              aria-current={p === current ? 'page' : undefined}
              onClick={() => onOpen(p)}
            >
              {t.nav[p]}
            </button>
          ))}
        </div>
      ))}
    </nav>
  );
}
