import type { Wording } from '../app/ports';
import { emailHtml, emailSubject, emailText, smsText } from './alert-messages';
import { decisionEmail, decisionSms } from './decision-messages';
import { ruleWords } from './figure-messages';
import { wordsFor } from './index';
import { gapsMail, notApprovedMail, noticeMail, summaryMail } from './reminder-messages';

/** What the use cases say to people, in this catalogue's words: the one `Wording` every function is wired with. */
export const WORDING: Wording = {
  alertEmail: (alerts, upcoming, language) => ({
    subject: emailSubject(alerts, language),
    text: emailText(alerts, upcoming, language),
    html: emailHtml(alerts, upcoming, language),
  }),
  alertSms: smsText,
  outageEmail: (since, detail) => {
    const [sv, en] = [wordsFor('sv').outage, wordsFor('en').outage];
    return {
      subject: `${sv.subject} / ${en.subject}`,
      text: `${sv.text(since, detail)}\n\n${en.text(since, detail)}`,
    };
  },
  decisionEmail,
  decisionSms,
  ruleBroken: ruleWords,
  invitation: (input, language) => {
    const w = wordsFor(language);
    return {
      subject: w.admin.inviteSubject,
      text: w.admin.inviteText(
        input.name,
        input.invitedBy,
        w.web.roles[input.role] ?? input.role,
        input.signInUrl,
      ),
    };
  },
  signInCode: (code, minutes, language) => {
    const w = wordsFor(language).signIn;
    return { subject: w.codeSubject(code), text: w.codeText(code, minutes) };
  },
  gapsMail,
  noticeMail,
  summaryMail,
  notApprovedMail,
};
