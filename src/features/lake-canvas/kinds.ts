import type { LakeNodeKind } from './graph';
import type { PaletteKind } from './canvasUi';

/** How each kind of node looks and what it is called, shared by nodes, list view and legend. */
export const KIND_INFO: Record<LakeNodeKind, { title: string; badge: string; group: string }> = {
  database: { title: 'Relational database', badge: 'DB', group: 'source' },
  dms: { title: 'AWS DMS task', badge: 'DMS', group: 'service' },
  fileshare: { title: 'File share (NFS)', badge: 'NFS', group: 'source' },
  datasync: { title: 'AWS DataSync task', badge: 'DS', group: 'service' },
  storagegateway: { title: 'S3 File Gateway', badge: 'SGW', group: 'service' },
  sftp: { title: 'SFTP partner', badge: 'FTP', group: 'source' },
  transfer: { title: 'Transfer Family server', badge: 'TF', group: 'service' },
  clickstream: { title: 'Clickstream app', badge: 'APP', group: 'source' },
  kinesis: { title: 'Kinesis data stream', badge: 'KDS', group: 'service' },
  firehose: { title: 'Firehose stream', badge: 'FH', group: 'service' },
  msk: { title: 'Amazon MSK cluster', badge: 'MSK', group: 'service' },
  crm: { title: 'CRM (SaaS)', badge: 'CRM', group: 'source' },
  appflow: { title: 'Amazon AppFlow flow', badge: 'AF', group: 'service' },
  bucket: { title: 'S3 bucket', badge: 'S3', group: 'storage' },
};

export interface PaletteEntry {
  kind: PaletteKind;
  label: string;
  description: string;
}

/** The palette, grouped as the course groups ingestion sources. */
export const PALETTE: { group: string; entries: PaletteEntry[] }[] = [
  {
    group: 'Transactional',
    entries: [
      {
        kind: 'dms',
        label: 'Relational database → AWS DMS',
        description:
          'Migrate the shop database to S3 with a DMS replication task: a full load, then ongoing changes (CDC) with an Op column.',
      },
    ],
  },
  {
    group: 'Files',
    entries: [
      {
        kind: 'datasync',
        label: 'On-premises file share → DataSync',
        description:
          'Copy the file share’s daily exports to S3; later runs copy only changed files.',
      },
      {
        kind: 'transfer',
        label: 'SFTP partner → Transfer Family',
        description:
          'A partner uploads files over SFTP; they land under the user’s home directory in S3.',
      },
      {
        kind: 'storagegateway',
        label: 'AWS Storage Gateway',
        description:
          'An S3 File Gateway in front of the file share: files written to its NFS share land as S3 objects a few minutes later.',
      },
    ],
  },
  {
    group: 'Streaming',
    entries: [
      {
        kind: 'streaming',
        label: 'Clickstream app → Kinesis Data Streams → Firehose',
        description:
          'Click events go into a Kinesis data stream; Firehose buffers them and writes objects under YYYY/MM/dd/HH/.',
      },
      {
        kind: 'msk',
        label: 'Clickstream app → Amazon MSK → Firehose',
        description:
          'Amazon MSK as a source: click events go to a Kafka topic in an MSK cluster; Firehose reads the topic and writes objects under YYYY/MM/dd/HH/.',
      },
    ],
  },
  {
    group: 'SaaS',
    entries: [
      {
        kind: 'appflow',
        label: 'CRM → Amazon AppFlow',
        description: 'Pull accounts and opportunities from the CRM on demand or on a schedule.',
      },
    ],
  },
];

export const paletteEntry = (kind: PaletteKind): PaletteEntry =>
  PALETTE.flatMap((g) => g.entries).find((e) => e.kind === kind)!;
