import {
  createSubscriber,
  deleteSubscriber,
  getAlertSettings,
  listSubscribers,
  putAlertSettings,
} from '../../../../shared/app/alerts';
import {
  createReportRecipient,
  deleteReportRecipient,
  listReportRecipients,
} from '../../../../shared/app/reports';
import { GROUPS } from '../../../../shared/domain/decisions';
import { AppError } from '../../../../shared/domain/errors';
import * as S from '../../../../shared/http/schemas';
import { wordsFor } from '../../../../shared/i18n';
import type { Answer, PageRoute, WebRequest } from '../../web-request';
import { type AdminDeps, type AdminRequest, admin, bouncesOf, countOf, errorsOf } from '../admin/common';
import { type FieldErrors, noticeOf } from '../layout';
import { SubscribersPage } from './subscribers-view';
import { RecipientsPage } from './view';

/** `/mottagare`: the report's recipients, added and removed (`/mottagare/ta-bort`). */
async function recipientsPage(
  deps: AdminDeps,
  r: WebRequest,
  action: 'show' | 'add' | 'remove',
): Promise<Answer> {
  const { principal } = r.signedIn as NonNullable<WebRequest['signedIn']>;
  const a = wordsFor(r.language).admin;
  const form = r.form;
  const showAll = async (status: number, errors: FieldErrors = {}) => {
    const added = r.query.tillagd;
    const [recipients, bounce] = await Promise.all([
      listReportRecipients(deps, principal),
      bouncesOf(deps, r),
    ]);
    return r.show(
      status,
      <RecipientsPage
        c={r.c}
        view={{
          recipients: recipients.map((x) => ({ ...x, bounce: bounce(x.email) })),
          values: r.method === 'POST' ? form : {},
          notice: added
            ? a.recipientAdded(added.slice(0, 254))
            : noticeOf(r.query, {
                borttagen: { '1': a.recipientRemoved },
                bekraftad: { '1': a.addressConfirmed },
              }),
        }}
        errors={errors}
      />,
    );
  };
  if (action === 'show') return showAll(200);
  if (action === 'remove') {
    try {
      await deleteReportRecipient(deps, principal, (form.id ?? '').slice(0, 64));
    } catch (e) {
      // Removed already (a second click): the list shows it gone either way.
      if (!(e instanceof AppError && e.kind === 'not_found')) throw e;
    }
    return r.redirect('/mottagare?borttagen=1');
  }
  const input = S.NewReportRecipient.safeParse({
    name: (form.name ?? '').trim(),
    email: (form.email ?? '').trim(),
    language: form.language === 'en' ? 'en' : 'sv',
  });
  if (!input.success)
    return showAll(422, errorsOf(input.error, { name: a.recipientNameInvalid, email: a.emailInvalid }));
  if (!input.data.name) return showAll(422, { name: a.recipientNameInvalid });
  try {
    const made = await createReportRecipient(deps, principal, input.data);
    return r.redirect(`/mottagare?tillagd=${encodeURIComponent(made.email)}`);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'conflict') return showAll(409, { name: a.tooManyRecipients });
    throw e;
  }
}

/** `/kalla-natter-mottagare`: who gets the cold-night alerts and decisions (added, removed), and the alert settings. */
async function subscribersPage(
  deps: AdminDeps,
  r: WebRequest,
  action: 'show' | 'add' | 'remove' | 'settings',
): Promise<Answer> {
  const { principal } = r.signedIn as NonNullable<WebRequest['signedIn']>;
  const w = wordsFor(r.language);
  const a = w.admin;
  const form = r.form;
  const post = r.method === 'POST';
  const levels = ['YELLOW', 'ORANGE', 'RED'] as const;
  const decimal = new Intl.NumberFormat(w.locale, { maximumFractionDigits: 4 });
  const show = async (
    status: number,
    errors: FieldErrors = {},
    which: 'subscriber' | 'settings' = 'subscriber',
  ) => {
    const [subscribers, settings, bounce] = await Promise.all([
      listSubscribers(deps, principal),
      getAlertSettings(deps, principal),
      bouncesOf(deps, r),
    ]);
    const said = r.query.sparat;
    return r.show(
      status,
      <SubscribersPage
        c={r.c}
        view={{
          subscribers: subscribers.map((x) => ({
            id: x.id,
            name: x.name,
            bounce: bounce(x.email),
            line: a.subscriberLine(
              [x.email, x.phone].filter(Boolean).join(', '),
              x.channels.map((c) => (c === 'sms' ? 'SMS' : w.web.channelEmail)).join(' + '),
              (x.groups ?? ['coordinators']).map((g) => w.decision.groups[g] ?? g).join(', '),
              a.languageNames[x.language] ?? x.language,
            ),
          })),
          channels: [
            { value: 'email', label: w.web.channelEmail },
            { value: 'sms', label: 'SMS' },
          ],
          groups: GROUPS.map((g) => ({ value: g, label: w.decision.groups[g] ?? g })),
          values: post && which === 'subscriber' ? form : { 'grupp-coordinators': 'ja' },
          settings: {
            lead: a.settingsLead(
              decimal.format(settings.location.lat),
              decimal.format(settings.location.lon),
              settings.night.startHour,
              settings.night.endHour,
            ),
            levels: levels.map((l) => ({ value: l, label: a.levelNames[l] ?? l })),
            values:
              post && which === 'settings'
                ? form
                : {
                    threshold: decimal.format(settings.thresholdC),
                    outlook: String(settings.outlookAloneDays ?? 5),
                    ...Object.fromEntries(settings.warningLevels.map((l) => [`niva-${l}`, 'ja'])),
                  },
          },
          notice:
            said === 'mottagare'
              ? a.subscriberAdded((r.query.namn ?? '').slice(0, 100))
              : noticeOf(r.query, {
                  sparat: { borttagen: a.subscriberRemoved, installningar: a.settingsSaved },
                  bekraftad: { '1': a.addressConfirmed },
                }),
        }}
        errors={errors}
      />,
    );
  };
  if (action === 'show') return show(200);
  if (action === 'remove') {
    try {
      await deleteSubscriber(deps, principal, (form.id ?? '').slice(0, 64));
    } catch (e) {
      if (!(e instanceof AppError && e.kind === 'not_found')) throw e;
    }
    return r.redirect('/kalla-natter-mottagare?sparat=borttagen');
  }
  if (action === 'settings') {
    const settings = await getAlertSettings(deps, principal);
    // Swedish writes −7,5: a comma, and perhaps a true minus sign.
    const raw = (form.threshold ?? '').trim().replace(',', '.').replace('\u2212', '-');
    const threshold = /^-?\d{1,2}(\.\d{1,2})?$/.test(raw) ? Number(raw) : Number.NaN;
    const next = S.AlertSettings.safeParse({
      ...settings,
      thresholdC: threshold,
      warningLevels: levels.filter((l) => form[`niva-${l}`] === 'ja'),
      outlookAloneDays: countOf(form.outlook),
    });
    if (!next.success) {
      const errors = errorsOf(next.error, {
        thresholdC: a.thresholdInvalid,
        outlookAloneDays: a.outlookInvalid,
      });
      return show(422, { threshold: errors.thresholdC, outlook: errors.outlookAloneDays }, 'settings');
    }
    await putAlertSettings(deps, principal, next.data);
    return r.redirect('/kalla-natter-mottagare?sparat=installningar');
  }
  const email = (form.email ?? '').trim();
  const phone = (form.phone ?? '').trim();
  const channels = (['email', 'sms'] as const).filter((c) => form[`kanal-${c}`] === 'ja');
  // Said at once with the rest (zod checks the pairing only once every field is right).
  const unpaired: FieldErrors = {
    email: channels.includes('email') && !email ? a.emailNeeded : undefined,
    phone: channels.includes('sms') && !phone ? a.phoneNeeded : undefined,
  };
  const input = S.NewSubscriber.safeParse({
    name: (form.name ?? '').trim(),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    channels,
    groups: GROUPS.filter((g) => form[`grupp-${g}`] === 'ja'),
    language: form.language === 'en' ? 'en' : 'sv',
  });
  if (!input.success) {
    const errors = errorsOf(input.error, {
      name: a.nameInvalid,
      email: email ? a.emailInvalid : a.emailNeeded,
      phone: phone ? a.phoneInvalid : a.phoneNeeded,
      channels: a.channelsInvalid,
      groups: a.groupsInvalid,
    });
    return show(422, {
      name: errors.name,
      email: unpaired.email ?? errors.email,
      phone: unpaired.phone ?? errors.phone,
      kanal: errors.channels,
      grupp: errors.groups,
    });
  }
  if (!input.data.name) return show(422, { name: a.nameInvalid });
  const made = await createSubscriber(deps, principal, input.data);
  return r.redirect(`/kalla-natter-mottagare?sparat=mottagare&namn=${encodeURIComponent(made.name)}`);
}

const recipients = (action: Parameters<typeof recipientsPage>[2]) =>
  admin((x: AdminRequest) => recipientsPage(x.deps, x.r, action));
const subscribers = (action: Parameters<typeof subscribersPage>[2]) =>
  admin((x: AdminRequest) => subscribersPage(x.deps, x.r, action));

/** Who receives the half-year report, and who the cold-night alerts and decisions (with the alerts' settings). */
export const recipientRoutes: PageRoute[] = [
  { method: 'GET', path: '/mottagare', handle: recipients('show') },
  { method: 'POST', path: '/mottagare', handle: recipients('add') },
  { method: 'POST', path: '/mottagare/ta-bort', handle: recipients('remove') },
  { method: 'GET', path: '/kalla-natter-mottagare', handle: subscribers('show') },
  { method: 'POST', path: '/kalla-natter-mottagare', handle: subscribers('add') },
  { method: 'POST', path: '/kalla-natter-mottagare/ta-bort', handle: subscribers('remove') },
  { method: 'POST', path: '/kalla-natter-mottagare/installningar', handle: subscribers('settings') },
];
