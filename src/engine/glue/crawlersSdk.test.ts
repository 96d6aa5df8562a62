import {
  CreateClassifierCommand,
  CreateCrawlerCommand,
  GetClassifierCommand,
  GetCrawlerCommand,
  GetCrawlerMetricsCommand,
  GlueClient,
  ListCrawlsCommand,
  StartCrawlerCommand,
} from '@aws-sdk/client-glue';
import { describe, expect, it } from 'vitest';
import { loadSampleData } from '../data';
import { createEngine } from '../index';

describe('classifiers and crawlers through the real GlueClient', () => {
  it('creates a classifier and a crawler, runs it, and reads Date fields, LastCrawl and ListCrawls back', async () => {
    const engine = createEngine();
    await engine.call('iam', 'CreateRole', {
      RoleName: 'GlueCrawler',
      AssumeRolePolicyDocument: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'glue.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
    });
    await engine.call('iam', 'AttachRolePolicy', {
      RoleName: 'GlueCrawler',
      PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    });
    await engine.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
    await loadSampleData((service, operation, input) => engine.call(service, operation, input));
    const glue = new GlueClient(engine.sdkConfig());
    await glue.send(
      new CreateClassifierCommand({
        CsvClassifier: { Name: 'orders-csv', Delimiter: ',', ContainsHeader: 'PRESENT' },
      }),
    );
    const { Classifier } = await glue.send(new GetClassifierCommand({ Name: 'orders-csv' }));
    expect(Classifier?.CsvClassifier?.CreationTime).toBeInstanceOf(Date);
    await glue.send(
      new CreateCrawlerCommand({
        Name: 'orders',
        Role: 'GlueCrawler',
        DatabaseName: 'shop',
        Classifiers: ['orders-csv'],
        Targets: { S3Targets: [{ Path: 's3://shop-raw-zone/shop/orders/' }] },
      }),
    );
    await glue.send(new StartCrawlerCommand({ Name: 'orders' }));
    await engine.clock.runUntilIdle();
    const { Crawler } = await glue.send(new GetCrawlerCommand({ Name: 'orders' }));
    expect(Crawler).toMatchObject({ State: 'READY', LastCrawl: { Status: 'SUCCEEDED' } });
    const { CrawlerMetricsList } = await glue.send(
      new GetCrawlerMetricsCommand({ CrawlerNameList: ['orders'] }),
    );
    expect(CrawlerMetricsList?.[0]?.TablesCreated).toBe(1);
    const { Crawls } = await glue.send(new ListCrawlsCommand({ CrawlerName: 'orders' }));
    expect(Crawls?.[0]).toMatchObject({ State: 'COMPLETED' });
    expect(Crawls?.[0]?.StartTime).toBeInstanceOf(Date);
  });
});
