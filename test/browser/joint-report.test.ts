import { Logger } from '@aws-lambda-powertools/logger';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { createReports } from '../../functions/reports/handler';
import { coreFromConfig, reportChannelsFromConfig } from '../../shared/adapters/clients';
import { expectAccessible, signInAs, useChromium } from '../support/browser';
import { mailbox } from '../support/mailbox';
import { useTestSystem } from '../support/system';

describe('the joint report in Chromium: written together, approved by both chairs, sent once (issue 26)', () => {
  // Friday 8 May 2018, 10:00 in Stockholm: the appendices were due on the 5th; the report goes out on the 15th.
  const t = useTestSystem({ demo: true, now: () => new Date('2018-05-08T08:00:00Z') });
  const page_ = `/rapport/dokument?fran=2017-11&till=2018-04`;
  const chromium = useChromium();

  /** A person signed in, in a context of their own, at 360 px. */
  const as = async (email: string) => {
    const context = await chromium.context();
    const page = await context.newPage();
    await signInAs(page, t.system, email);
    return { page, close: () => context.close() };
  };

  it('a partner corrects its appendix and enters its survey answers, the report goes to review, both chairs sign, and it is sent once', async () => {
    const partner = await as('fralsningsarmen@iop.local');
    await partner.page.click('text=Gemensam verksamhetsrapport: bilagor och godkännande');
    await partner.page.waitForURL('**/rapport/dokument');
    expect(await partner.page.textContent('main')).toContain('Alla bilagor inlämnade (nu)');
    await expectAccessible(partner.page, 'the joint report, as a partner sees it');
    await partner.page.click('text=Skriv bilagan för Frälsningsarmén');
    await partner.page.waitForURL('**/rapport/bilaga?**');
    await partner.page.fill('#text-results', '');
    await partner.page.click('button:has-text("Lämna in bilagan")');
    await partner.page.waitForSelector('.error-summary');
    expect(await partner.page.textContent('.error-summary')).toContain('skriv något under rubriken');
    await expectAccessible(partner.page, 'the appendix, a heading left empty');
    await partner.page.fill('#text-results', 'EU-center har haft många besök hela vintern.');
    await partner.page.click('button:has-text("Lämna in bilagan")');
    await partner.page.waitForSelector('text=Bilagan är inlämnad.');

    // The survey's answers for the half-year under way, refused above who answered (issue 26, 4).
    await partner.page.goto(`${t.system.webUrl}/`);
    await partner.page.click('text=Brukarundersökning');
    await partner.page.waitForURL('**/brukarundersokning');
    await partner.page.selectOption('#halvar', '2018-05--2018-10');
    await partner.page.click('button:has-text("Visa")');
    await partner.page.click('text=Skriv in svaren för EU-center');
    await partner.page.waitForURL('**/brukarundersokning/act_fa_eu_center?**');
    await partner.page.fill('#respondents', '30');
    await partner.page.fill('#q1-yes', '25');
    await partner.page.fill('#q1-no', '9');
    await partner.page.fill('#q4-yes', 'många');
    await partner.page.click('button:has-text("Spara svaren")');
    await partner.page.waitForSelector('.error-summary');
    await expectAccessible(partner.page, 'the answers, one not a number');
    await partner.page.fill('#q4-yes', '20');
    await partner.page.click('button:has-text("Spara svaren")');
    await partner.page.waitForSelector('.error-summary');
    expect(await partner.page.textContent('.error-summary')).toContain(
      'Känner du dig trygg i verksamheten?: fler svar än antal som svarade',
    );
    await partner.page.fill('#q1-no', '5');
    await partner.page.click('button:has-text("Spara svaren")');
    await partner.page.waitForSelector('text=Svaren är sparade.');
    await partner.close();
    const survey = await t.api.call('GET', '/v1/reports?from=2018-05&to=2018-10', { key: t.api.admin });
    expect(survey.body.survey).toMatchObject({ respondents: 30, activities: 1 });
    expect(survey.body.survey.questions.map((q: { n: number }) => q.n)).toEqual([30, 0, 0, 20]);

    // The coordinator marks it ready for review (the page's button is the view test's; here through the API).
    const coordinatorKey = await t.api.key('coordinator');
    const { body: ready } = await t.api.call('GET', '/v1/joint-reports/2017-11--2018-04', {
      key: coordinatorKey,
    });
    expect(ready.status).toBe('appendices_in');
    const reviewed = await t.api.call('POST', '/v1/joint-reports/2017-11--2018-04/review', {
      key: coordinatorKey,
      json: { digest: ready.digest },
    });
    expect(reviewed.body.status).toBe('review');

    for (const [email, done] of [
      ['samverkansgruppen@iop.local', 'Din signatur är sparad.'],
      ['styrgruppen@iop.local', 'Rapporten är godkänd av båda ordförandena.'],
    ] as const) {
      const chair = await as(email);
      await chair.page.click('text=Gemensam verksamhetsrapport: bilagor och godkännande');
      await chair.page.waitForURL('**/rapport/dokument');
      // The chair reads the report before signing it.
      const read = await chair.page.request.get(
        `${t.system.webUrl}/v1/reports?from=2017-11&to=2018-04&format=html&language=sv`,
      );
      expect(read.status()).toBe(200);
      expect(await read.text()).toContain('Bilaga 1 Verksamhetsrapport Convictus');
      await chair.page.click('button:has-text("Signera")');
      await chair.page.waitForSelector('.error-summary');
      if (email === 'samverkansgruppen@iop.local')
        await expectAccessible(chair.page, 'signing, not confirmed');
      await chair.page.check('#bekrafta');
      await chair.page.click('button:has-text("Signera")');
      await chair.page.waitForSelector(`text=${done}`);
      await chair.close();
    }

    // Every party reads the approved version; the report being written stays the administration's and the chairs'.
    const key = await t.api.key('partner', 'org_convictus');
    const approved = await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04&version=1', { key });
    expect(approved.status).toBe(200);
    expect(approved.body.document).toMatchObject({ status: 'approved', version: 1 });
    expect(approved.body.document.signatures.map((s: { name: string }) => s.name)).toEqual([
      'Joao Alho',
      'Anna Johansson',
    ]);
    expect((await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04', { key })).status).toBe(403);

    const admin = await as('admin@iop.local');
    const before = (await mailbox(t.system)).length;
    await admin.page.goto(`${t.system.webUrl}/rapport?fran=2017-11&till=2018-04`);
    expect(await admin.page.textContent('main')).toContain(
      'Den version som båda ordförandena godkänt skickas',
    );
    await admin.page.check('#bekrafta');
    await admin.page.click('button:has-text("Skicka rapporten")');
    await admin.page.waitForSelector('text=Skickat till 1 mottagare.');
    await admin.page.goto(`${t.system.webUrl}${page_}`);
    expect(await admin.page.textContent('main')).toContain('Skickad (nu)');
    await expectAccessible(admin.page, 'the joint report, sent');
    await admin.close();

    // On the 15th the schedule finds the approved version sent already: nobody is mailed twice.
    const quiet = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
    const deps = {
      ...coreFromConfig(t.system.config, quiet),
      ...reportChannelsFromConfig(t.system.config),
      now: () => new Date('2018-05-15T05:00:00Z'),
    };
    await createReports(deps, quiet).scheduled({ action: 'send-half-year-report' });
    const sent = (await mailbox(t.system)).slice(before);
    expect(sent.map((m) => m.destination.to[0])).toEqual(['rapport@stockholm.local']);
    const pdf = sent[0]?.attachments.find((a) => a.filename.endsWith('.pdf'));
    const { text } = await extractText(
      await getDocumentProxy(new Uint8Array(Buffer.from(pdf?.content ?? '', 'base64'))),
      { mergePages: true },
    );
    expect(text.replace(/\s+/g, ' ')).toContain(
      'För styrgruppen: Anna Johansson, ordförande, Stockholms Stadsmission',
    );
  }, 240_000);
});
