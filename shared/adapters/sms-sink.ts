import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SmsSender } from '../app/alerts-model';

export interface RecordedSms {
  at: string;
  to: string;
  text: string;
}

/**
 * Local stand-in for the SMS provider: every message that would have been sent is appended, as one JSON line,
 * to a file (`.local/sms-outbox.jsonl` under `npm start`). No SMS leaves the machine.
 */
export class RecordingSmsSink implements SmsSender {
  constructor(private readonly path: string) {}

  async send(message: { to: string; text: string }) {
    await mkdir(dirname(this.path), { recursive: true });
    const record: RecordedSms = { at: new Date().toISOString(), ...message };
    await appendFile(this.path, `${JSON.stringify(record)}\n`);
  }

  async read(): Promise<RecordedSms[]> {
    const text = await readFile(this.path, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RecordedSms);
  }
}
