import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ReportArchive, ReportFile } from '../app/reports-model';

/** Report files in S3 (the bucket is versioned and encrypted with the stack's key; locally, s3rver). */
export class S3ReportArchive implements ReportArchive {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, file: ReportFile) {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: file.body, ContentType: file.contentType }),
    );
  }

  async get(key: string) {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!object.Body) throw new Error(`The archive has no ${key}.`);
    return object.Body.transformToByteArray();
  }
}
