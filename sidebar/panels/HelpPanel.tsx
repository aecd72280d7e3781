import { useText } from '../i18n';

export function HelpPanel() {
  const h = useText().help;
  return (
    <div class="help">
      <h2>{h.title}</h2>
      <h3>{h.functionsTitle}</h3>
      <p>{h.functionsIntro}</p>
      <dl>
        {h.functions.map((f) => (
          <div key={f.name} class="def">
            <dt>
              <code>{f.name}</code>
            </dt>
            <dd>{f.text}</dd>
          </div>
        ))}
      </dl>
      <h3>{h.codesTitle}</h3>
      <dl>
        {h.codes.map((c) => (
          <div key={c.code} class="def">
            <dt>
              <code>{c.code}</code>
            </dt>
            <dd>{c.text}</dd>
          </div>
        ))}
      </dl>
      <h3>{h.checkTitle}</h3>
      <p>{h.checkText}</p>
    </div>
  );
}
