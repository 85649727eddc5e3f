/** A missing period of one activity. */
export interface Gap {
  activityId: string;
  period: string;
}

/**
 * One reminder e-mail to one person, exactly once like the cold-night alerts: its id says what it is for (the
 * gaps of one day, or the summary of one month) and for whom, so that runs at once or again put it in the outbox
 * once, claim it once and send it once; a failed one is claimed again by a later run.
 */
export interface ReminderMail {
  /** `gaps#<Stockholm date>#<person>`, `summary#<month>#<person>` or `notice#<agreement>#<deadline>#<days>#<person>`. */
  id: string;
  kind: 'gaps' | 'summary' | 'notice';
  userId: string;
  to: string;
  /** The gaps it names (for a summary, none: it counts them). */
  gaps: Gap[];
  subject: string;
  text: string;
  html: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  claimedAt?: string;
  at: string;
  error?: string;
}

export interface ReminderStore {
  /** The Stockholm date each gap of these activities was last reminded, by `activityId|period`. */
  remindedOn(activityIds: readonly string[]): Promise<Map<string, string>>;
  /**
   * Puts the mail in the outbox as pending unless it is there (false); either way the gaps of the mail as stored
   * are recorded as reminded `on`.
   */
  enqueueReminder(mail: ReminderMail, on: string): Promise<boolean>;
  /** Takes a mail for this run (pending, failed with tries left, or a dead run's past its lease). */
  claimReminder(mail: ReminderMail, leaseMs: number, maxAttempts: number): Promise<boolean>;
  completeReminder(mail: ReminderMail): Promise<void>;
  /** Mails whose id lies between `from` and `to` (prefixes included). */
  listReminders(from: string, to: string): Promise<ReminderMail[]>;
}
