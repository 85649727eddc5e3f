import { describe, expect, it } from 'vitest';
import { useInProcessSystem } from '../support/system';

const t = useInProcessSystem();
const visitorCookie = (response: Response) =>
  response.headers.getSetCookie().filter((c) => c.startsWith('__Host-iop-visitor='));

describe('the visitor cookie the forms are made with', () => {
  it('is given with a page, never minted by a POST without it (which would replace the page form’s own)', async () => {
    const page = await t.fetch('/logga-in');
    expect(page.status).toBe(200);
    expect(visitorCookie(page)).toHaveLength(1);
    // A service worker's resend after the cookies went: refused, and the browser's visitor cookie left alone.
    const resend = await t.fetch('/rapportera/act_x', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'csrf=0&period=2026-11-19&women=1&men=2',
    });
    expect(resend.status).toBe(403);
    expect(visitorCookie(resend)).toEqual([]);
  });
});
