import { Csrf, TextFields, words } from '../admin/parts';
import { Bullets, type FieldErrors, Notice, type PageContext, Shell } from '../layout';

export interface ActivityAdminView {
  id: string;
  name: string;
  kind: string;
  organisation: { id: string; name: string };
  capacity: readonly { from: string; places: number; womenPlaces?: number }[];
  month: string;
  nights: readonly string[];
  values: Record<string, string>;
  today: string;
  notice?: string;
  /** The days it runs, as stored ('' where not known). */
  startsOn: string;
  endsOn: string;
}

export function ActivityAdminPage(props: { c: PageContext; view: ActivityAdminView; errors?: FieldErrors }) {
  const w = words(props.c);
  const a = w.admin;
  const { view } = props;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={view.name} errors={errors}>
      <p>
        <a href={`/organisationer/${view.organisation.id}`}>{view.organisation.name}</a>
      </p>
      <h1>{view.name}</h1>
      <p>{w.web.kinds[view.kind] ?? view.kind}</p>
      <Notice text={view.notice} />
      <ul>
        <li>
          <a href={`/rapportera/${view.id}`}>{a.figuresFor}</a>
        </li>
        <li>
          <a href={`/rapportera/${view.id}/historik`}>{a.historyLink}</a>
        </li>
      </ul>
      <h2>{a.capacityTitle}</h2>
      <p>{a.capacityLead}</p>
      {view.capacity.length === 0 ? (
        <p>{a.noCapacity}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{a.capacityFrom}</th>
              <th scope="col">{a.capacityPlaces}</th>
              <th scope="col">{a.capacityWomen}</th>
            </tr>
          </thead>
          <tbody>
            {view.capacity.map((e) => (
              <tr key={e.from}>
                <th scope="row">{e.from}</th>
                <td>{e.places}</td>
                <td>{e.womenPlaces ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{a.perNight(view.month)}</h3>
      <Bullets items={view.nights} />
      <h2>{a.setCapacity}</h2>
      <form method="post" action={`/verksamheter/${view.id}`} novalidate>
        <Csrf c={props.c} />
        <TextFields
          values={view.values}
          errors={errors}
          fields={[
            {
              id: 'from',
              label: a.fromLabel,
              hint: a.fromHint(view.today),
              value: view.today,
              size: 'short',
            },
            { id: 'places', label: a.capacityPlaces, size: 'short', numeric: true },
            { id: 'womenPlaces', label: a.womenPlacesLabel, size: 'short', numeric: true },
          ]}
        />
        <button type="submit">{a.setCapacityButton}</button>
      </form>
      <h2>{a.runsTitle}</h2>
      <p>{a.runsLead}</p>
      <form method="post" action={`/verksamheter/${view.id}`} novalidate>
        <Csrf c={props.c} />
        <input type="hidden" name="dagar" value="ja" />
        <TextFields
          values={view.values}
          errors={errors}
          fields={[
            { id: 'startsOn', label: a.startsOnLabel, value: view.startsOn, size: 'short' },
            { id: 'endsOn', label: a.endsOnLabel, value: view.endsOn, size: 'short' },
          ]}
        />
        <button type="submit" class="secondary">
          {a.runsSave}
        </button>
      </form>
    </Shell>
  );
}
