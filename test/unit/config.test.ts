import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../shared/config';

describe('the one config loader', () => {
  it('fails at start, naming every variable a function needs and lacks', () => {
    expect(() => loadConfig({ TABLE_NAME: 'iop' }, ['MAIL_FROM', 'REPORT_BUCKET'])).toThrow(
      'Configuration is incomplete: MAIL_FROM: needed by this function; REPORT_BUCKET: needed by this function',
    );
    expect(() => loadConfig({}, ['MAIL_FROM'])).toThrow(/TABLE_NAME/);
  });

  it('takes what a function needs when it is there, and asks nothing of the API', () => {
    const config = loadConfig({ TABLE_NAME: 'iop', MAIL_FROM: 'kyla@iop.local' }, ['MAIL_FROM']);
    expect(config.MAIL_FROM).toBe('kyla@iop.local');
    expect(loadConfig({ TABLE_NAME: 'iop' }).MAIL_FROM).toBeUndefined();
  });
});
