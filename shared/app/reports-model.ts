import type { Language } from '../domain/alert-messages';
import type { FigureChange, MonthRange, PublishedFigure } from '../domain/report-history';
import type { AuditEntry } from './model';

/** An administrator who receives the half-year report by e-mail. */
export interface ReportRecipient {
  id: string;
  name: string;
  email: string;
  language: Language;
  createdAt: string;
}

/** A report as sent: when its data was read, where its files are kept, and the figures it published. */
export interface SentReport {
  period: MonthRange;
  sentAt: string;
  dataReadAt: string;
  sentBy: string;
  files: string[];
  delivered: number;
  failed: string[];
  figures: PublishedFigure[];
}

export interface ReportStore {
  listRecipients(): Promise<ReportRecipient[]>;
  createRecipient(recipient: ReportRecipient, audit: AuditEntry): Promise<void>;
  deleteRecipient(recipient: ReportRecipient, audit: AuditEntry): Promise<void>;
  /** The last report sent for exactly this period, if any. */
  lastSent(period: MonthRange): Promise<SentReport | undefined>;
  recordSent(sent: SentReport, audit: AuditEntry): Promise<void>;
}

/** A rendered file of the report. */
export interface ReportFile {
  name: string;
  contentType: string;
  body: Uint8Array;
}

/** Where every rendered format of a sent report is kept (S3: versioned, encrypted, private). */
export interface ReportArchive {
  put(key: string, file: ReportFile): Promise<void>;
}

/** The report rendered in one language: the files to keep, and the e-mail (HTML with its charts inline). */
export interface RenderedReport {
  files: ReportFile[];
  email: { subject: string; text: string; html: string; inline: (ReportFile & { id: string })[] };
  /** The files that travel with the e-mail (PDF and XLSX). */
  attachments: ReportFile[];
}

export type { FigureChange };
