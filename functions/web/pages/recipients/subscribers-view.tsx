import {
  type BounceView,
  Csrf,
  LanguageChoice,
  NameAndEmail,
  RemovableList,
  TextField,
  words,
} from '../admin/parts';
import { Choices } from '../fields';
import { type FieldErrors, Notice, type PageContext, Shell } from '../layout';

export interface SubscribersView {
  subscribers: readonly { id: string; name: string; line: string; bounce?: BounceView }[];
  channels: readonly { value: string; label: string }[];
  groups: readonly { value: string; label: string }[];
  values: Record<string, string>;
  settings: {
    lead: string;
    levels: readonly { value: string; label: string }[];
    values: Record<string, string>;
  };
  notice?: string;
}

export function SubscribersPage(props: { c: PageContext; view: SubscribersView; errors?: FieldErrors }) {
  const a = words(props.c).admin;
  const { view } = props;
  const errors = props.errors ?? {};
  const v = view.values;
  const s = view.settings.values;
  return (
    <Shell c={props.c} title={a.subscribersTitle} errors={errors}>
      <h1>{a.subscribersTitle}</h1>
      <p class="lead">{a.subscribersLead}</p>
      <Notice text={view.notice} />
      {view.subscribers.length === 0 ? <p>{a.noSubscribers}</p> : null}
      <RemovableList
        c={props.c}
        action="/kalla-natter-mottagare/ta-bort"
        back="/kalla-natter-mottagare"
        items={view.subscribers}
      />
      <h2>{a.addSubscriber}</h2>
      <form method="post" action="/kalla-natter-mottagare" novalidate>
        <Csrf c={props.c} />
        <NameAndEmail c={props.c} values={v} errors={errors} nameHint={a.subscriberNameHint} />
        <TextField
          id="phone"
          label={a.phoneLabel}
          hint={a.phoneHint}
          error={errors.phone}
          value={v.phone}
          size="short"
        />
        <Choices
          multiple
          id="kanal"
          legend={a.channelsLabel}
          error={errors.kanal}
          values={v}
          options={view.channels}
        />
        <Choices
          multiple
          id="grupp"
          legend={a.groupsLabel}
          error={errors.grupp}
          values={v}
          options={view.groups}
        />
        <LanguageChoice c={props.c} value={v.language} />
        <button type="submit">{a.addSubscriberButton}</button>
      </form>
      <h2 id="installningar">{a.settingsTitle}</h2>
      <p>{view.settings.lead}</p>
      <form method="post" action="/kalla-natter-mottagare/installningar" novalidate>
        <Csrf c={props.c} />
        <TextField
          id="threshold"
          label={a.thresholdLabel}
          hint={a.thresholdHint}
          error={errors.threshold}
          value={s.threshold}
          size="short"
        />
        <Choices multiple id="niva" legend={a.levelsLabel} values={s} options={view.settings.levels} />
        <TextField
          id="outlook"
          label={a.outlookLabel}
          hint={a.outlookHint}
          error={errors.outlook}
          value={s.outlook}
          size="short"
          numeric
        />
        <button type="submit">{a.saveSettings}</button>
      </form>
    </Shell>
  );
}
