import type { Locator, Page } from '@playwright/test';
import { expect, test, type LabPage } from './fixtures';

/** Keyboard only: Tab to a control is replaced by focus(), every action is a key press. */
async function press(page: Page, locator: ReturnType<Page['getByRole']>, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}

async function addBucket(page: Page, name: string): Promise<void> {
  await press(page, page.getByRole('button', { name: 'Add bucket' }));
  await page.getByLabel('Bucket name').fill(name);
  await press(page, page.getByRole('button', { name: 'Create bucket' }));
  await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
}

async function addFromPalette(page: Page, source: string, bucket: string): Promise<void> {
  await press(page, page.getByRole('button', { name: source }));
  await press(page, page.getByRole('button', { name: 'Add to canvas' }));
  await expect(page.getByRole('heading', { name: 'Configure pipeline' })).toBeVisible();
  await press(page, page.getByRole('button', { name: /Connect to…/ }));
  await page.getByRole('option', { name: bucket }).press('Enter');
  await expect(page.getByRole('button', { name: /Connect to…/ })).toContainText(bucket);
}

async function openCanvas(lab: LabPage, page: Page): Promise<void> {
  await lab.open('/canvas');
  await expect(page.getByRole('heading', { name: 'Lake canvas', level: 1 })).toBeVisible();
}

test('a clickstream → Kinesis → Firehose pipeline added by keyboard lands hourly objects in the raw bucket', async ({
  lab,
  page,
}) => {
  await openCanvas(lab, page);
  await addBucket(page, 'lake-raw-zone');
  await addFromPalette(page, 'Clickstream app → Kinesis Data Streams → Firehose', 'lake-raw-zone');
  await lab.expectAccessible();
  await press(page, page.getByRole('button', { name: 'Create pipeline' }));
  await expect(page.getByText(/Created clickstream → clickstream-to-s3/)).toBeVisible();
  await expect(page.getByRole('group', { name: /kinesis clickstream/ })).toBeVisible();

  await lab.jumpAhead('10m');
  const bucket = page.getByRole('group', { name: /bucket lake-raw-zone/ });
  await expect(bucket.getByText(/^[1-9]\d* objects$/)).toBeVisible();
  await expect(page.getByRole('group', { name: /firehose clickstream-to-s3/ })).toContainText(
    /[1-9]\d* objects delivered/,
  );

  await bucket.getByRole('link', { name: 'lake-raw-zone' }).click();
  await expect(page).toHaveURL(/#\/s3\/buckets\/lake-raw-zone/);
  // Firehose's default prefix: YYYY/MM/dd/HH/ in UTC.
  for (const folder of [/^\d{4}\/$/, /^\d{2}\/$/, /^\d{2}\/$/, /^\d{2}\/$/])
    await page.getByRole('link', { name: folder }).first().click();
  await expect(page.getByRole('link', { name: /^clickstream-to-s3-\d+-/ }).first()).toBeVisible();
});

test('a relational database → DMS full load writes LOAD00000001.csv per table', async ({
  lab,
  page,
}) => {
  await openCanvas(lab, page);
  await addBucket(page, 'shop-raw-zone');
  await addFromPalette(page, 'Relational database → AWS DMS', 'shop-raw-zone');
  await press(page, page.getByRole('button', { name: 'Create pipeline' }));
  await expect(page.getByText('Waiting for the replication instance')).toBeVisible();
  await lab.jumpAhead('10m');
  await expect(page.getByText('Created replication task shop-to-lake')).toBeVisible();
  await lab.jumpAhead('1m');

  await press(page, page.getByRole('button', { name: 'List view' }));
  await press(page, page.getByRole('button', { name: 'Open shop-to-lake' }));
  await press(page, page.getByRole('button', { name: 'Start task' }));
  await lab.jumpAhead('10m');
  await expect(page.getByRole('row', { name: /^shop-to-lake AWS DMS task/ })).toContainText(
    /stopped/,
  );

  await page.getByRole('button', { name: 'Open shop-raw-zone' }).click();
  await page.getByRole('link', { name: 'Open shop-raw-zone in Amazon S3' }).click();
  for (const folder of ['shop/', 'orders/'])
    await page.getByRole('link', { name: folder, exact: true }).click();
  await expect(page.getByRole('link', { name: 'LOAD00000001.csv' })).toBeVisible();
});

test('an on-premises file share → DataSync pipeline created and started by keyboard copies sales files', async ({
  lab,
  page,
}) => {
  await openCanvas(lab, page);
  await addBucket(page, 'files-raw-zone');
  await addFromPalette(page, 'On-premises file share → DataSync', 'files-raw-zone');
  await expect(page.getByLabel('File share host')).toHaveValue('nas.corp.internal');
  await expect(page.getByLabel('Export path')).toHaveValue('/exports/sales');
  await expect(page.getByRole('checkbox', { name: /Start task/ })).toBeChecked();
  await lab.expectAccessible();
  await press(page, page.getByRole('button', { name: 'Create pipeline' }));
  await expect(page.getByText(/Created DataSync task sales-share: .* \(started\)/)).toBeVisible();
  await lab.jumpAhead('10m');

  await press(page, page.getByRole('button', { name: 'List view' }));
  await press(page, page.getByRole('button', { name: 'Open files-raw-zone' }));
  await press(page, page.getByRole('link', { name: 'Open files-raw-zone in Amazon S3' }));
  await press(page, page.getByRole('link', { name: 'sales/', exact: true }));
  await expect(page.getByRole('link', { name: /^sales_\d{8}\.csv$/ }).first()).toBeVisible();
});

test('the list view shows the same nodes as the canvas and is accessible', async ({
  lab,
  page,
}) => {
  // The success Flashbar fades in; axe would measure its header mid-animation.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openCanvas(lab, page);
  await addBucket(page, 'lake-curated-zone');
  await addFromPalette(
    page,
    'Clickstream app → Kinesis Data Streams → Firehose',
    'lake-curated-zone',
  );
  await press(page, page.getByRole('button', { name: 'Create pipeline' }));
  await expect(page.getByRole('group', { name: /firehose clickstream-to-s3/ })).toBeVisible();
  await lab.expectAccessible();

  const onCanvas = await page.locator('.react-flow__node').count();
  expect(onCanvas).toBe(4);
  await page.getByRole('button', { name: 'List view' }).click();
  const table = page.getByRole('table', { name: 'Lake graph nodes' });
  for (const name of ['Clickstream app', 'clickstream', 'clickstream-to-s3', 'lake-curated-zone'])
    await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
  // One header row plus one row per canvas node.
  await expect(table.getByRole('row')).toHaveCount(onCanvas + 1);
  await expect(table.getByRole('row', { name: /^clickstream-to-s3 Firehose/ })).toContainText(
    'lake-curated-zone',
  );
  await lab.expectAccessible();

  // Delete without a mouse: open the node from the list, Delete, confirm. Firehose refuses while
  // the stream is still CREATING; a minute later it is ACTIVE and goes.
  const deleteStream = async () => {
    await press(page, table.getByRole('button', { name: 'Open clickstream-to-s3' }));
    await press(page, page.getByRole('button', { name: 'Delete clickstream-to-s3' }));
    const dialog = page.getByRole('dialog', { name: /Delete Firehose stream clickstream-to-s3/ });
    await press(page, dialog.getByRole('button', { name: 'Delete', exact: true }));
  };
  await deleteStream();
  const dialog = page.getByRole('dialog', { name: /Delete Firehose stream clickstream-to-s3/ });
  await expect(
    dialog.getByText(/Firehose stream clickstream-to-s3 under account \d+ is CREATING/),
  ).toBeVisible();
  await press(page, dialog.getByRole('button', { name: 'Cancel' }));
  await lab.jumpAhead('1m');
  await deleteStream();
  await expect(
    table.getByRole('rowheader', { name: 'clickstream-to-s3', exact: true }),
  ).toHaveCount(0);
});

test('a palette item dragged onto the canvas becomes a draft to configure', async ({
  lab,
  page,
}) => {
  await openCanvas(lab, page);
  // The palette item's dragstart puts its kind in the DataTransfer; the canvas reads it on drop.
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await page
    .getByRole('button', { name: 'SFTP partner → Transfer Family' })
    .dispatchEvent('dragstart', { dataTransfer });
  const pane = page.locator('.react-flow__pane');
  await pane.dispatchEvent('dragover', { dataTransfer });
  await pane.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('heading', { name: 'Configure pipeline' })).toBeVisible();
  await expect(page.getByRole('group', { name: /New pipeline: SFTP partner/ })).toBeVisible();
});

test('a Firehose stream name the service refuses rolls back what the pipeline created and keeps the form', async ({
  lab,
  page,
}) => {
  await openCanvas(lab, page);
  await addBucket(page, 'lake-raw-zone');
  await addFromPalette(page, 'Clickstream app → Kinesis Data Streams → Firehose', 'lake-raw-zone');
  await page.getByLabel('Firehose stream name').fill('clicks to s3');
  await press(page, page.getByRole('button', { name: 'Create pipeline' }));

  const alert = page.getByText('CreateDeliveryStream failed: InvalidArgumentException').first();
  await expect(alert).toBeVisible();
  await expect(page.getByText(/DeliveryStreamName "clicks to s3" must be/).first()).toBeVisible();
  // Kinesis deletes a stream only once it is ACTIVE: the rollback waits for it, as CloudFormation would.
  await expect(
    page.getByText(
      /Nothing will be left half-created: Kinesis data stream clickstream is still being created/,
    ),
  ).toBeVisible();
  // The rollback's delete calls, newest first, as the AWS CLI would make them.
  const rollback = page.getByRole('list', { name: 'Rollback calls' });
  await expect(rollback.getByLabel('CLI command')).toHaveText([
    'aws iam delete-role-policy --role-name FirehoseDeliveryRole-clickstream --policy-name firehose-to-lake-raw-zone',
    'aws iam delete-role --role-name FirehoseDeliveryRole-clickstream',
    'aws kinesis delete-stream --stream-name clickstream',
  ]);
  await expect(
    rollback.getByText(/Waiting: Kinesis data stream clickstream is still being created/),
  ).toBeVisible();
  await expect(page.getByLabel('Firehose stream name')).toHaveValue('clicks to s3');
  await lab.expectAccessible();

  await lab.jumpAhead('1m');
  await expect(
    rollback.getByText('Deleted Kinesis data stream clickstream once it was created'),
  ).toBeVisible();
  await expect(page.getByText(/Nothing is left half-created: the 3 resource/)).toBeVisible();
  await expect(page.getByRole('group', { name: /kinesis clickstream/ })).toHaveCount(0);

  const dismiss = page
    .getByRole('region', { name: 'Notifications' })
    .getByRole('button', { name: 'Dismiss notification' });
  // Dismissed notifications leave with an animation: dismiss until none is left.
  await expect(async () => {
    if ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 1000 });
    await expect(dismiss).toHaveCount(0, { timeout: 1000 });
  }).toPass();
  await page.getByLabel('Firehose stream name').fill('clicks-to-s3');
  await press(page, page.getByRole('button', { name: 'Create pipeline' }));
  await expect(page.getByText(/Created clickstream → clicks-to-s3/)).toBeVisible();
  await expect(page.getByRole('group', { name: /kinesis clickstream/ })).toBeVisible();
});

test.describe('on a screen tall enough for the whole canvas', () => {
  test.use({ viewport: { width: 1280, height: 1200 } });

  test('connecting incompatible nodes by dragging is refused with the reason', async ({
    lab,
    page,
  }) => {
    await openCanvas(lab, page);
    await page.getByRole('button', { name: 'Terminal' }).click();
    const command = page.getByLabel('Terminal command');
    await command.fill('aws kinesis create-stream --stream-name clicks --shard-count 1');
    await command.press('Enter');
    await expect(page.getByRole('group', { name: /kinesis clicks/ })).toHaveCount(1);
    await page.getByRole('button', { name: 'Close terminal' }).click();
    await addBucket(page, 'lake-raw-zone');
    await press(page, page.getByRole('button', { name: 'SFTP partner → Transfer Family' }));
    await press(page, page.getByRole('button', { name: 'Add to canvas' }));
    await expect(page.getByRole('group', { name: /New pipeline: SFTP partner/ })).toBeVisible();
    await page.getByRole('button', { name: 'Auto-layout' }).click();

    // Handles are canvas geometry: React Flow marks each with its node id and side.
    const handle = (node: string, side: 'left' | 'right') =>
      page.locator(`[data-nodeid="${node}"][data-handlepos="${side}"]`);
    // A notification that comes or goes moves the canvas down or up, and the view animates after
    // a layout: a drag starts only with no notification shown and the handle standing still.
    const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
    const settle = async (handle: Locator) => {
      // A dismissed notification leaves with an animation: a click on it then would wait forever.
      while ((await dismiss.count()) > 0)
        await dismiss
          .first()
          .click({ timeout: 1000 })
          .catch(() => undefined);
      let last = '';
      await expect
        .poll(async () => {
          const box = JSON.stringify(await handle.boundingBox());
          const isStill = box === last;
          last = box;
          return isStill;
        })
        .toBe(true);
    };
    // A drag from one handle onto another, with the pointer moves React Flow follows; retried
    // until the canvas answers.
    const connect = async (from: Locator, to: Locator, answer: RegExp) => {
      await expect(async () => {
        await settle(from);
        const a = (await from.boundingBox())!;
        const b = (await to.boundingBox())!;
        await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
        await page.mouse.down();
        await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
        // React Flow takes the drop on the handle it found under the pointer at its next frame.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        await page.mouse.up();
        // In the Flashbar's list: Cloudscape also copies the text into a screen-reader live region.
        await expect(
          page.getByRole('list', { name: 'Notifications' }).getByText(answer),
        ).toBeVisible({ timeout: 1000 });
      }).toPass();
    };
    await connect(
      handle('draft:1', 'right'),
      handle('kinesis:clicks', 'left'),
      /^SFTP partner → Transfer Family writes to Amazon S3: connect it to a bucket node\.$/,
    );
    await expect(page.getByText('Cannot connect these nodes')).toBeVisible();
    await connect(
      handle('kinesis:clicks', 'right'),
      handle('bucket:lake-raw-zone', 'left'),
      /^Kinesis data stream clicks already exists: its destination is part of its configuration/,
    );
    await expect(page.getByRole('group', { name: /Edge from kinesis:clicks/ })).toHaveCount(0);
  });
});

test('a CRM → AppFlow pipeline run on demand lands the opportunities as JSON lines in the raw bucket', async ({
  lab,
  page,
}) => {
  await openCanvas(lab, page);
  await addBucket(page, 'crm-raw-zone');
  await addFromPalette(page, 'CRM → Amazon AppFlow', 'crm-raw-zone');
  await expect(page.getByRole('checkbox', { name: /Run flow/ })).toBeChecked();
  await press(page, page.getByRole('button', { name: 'Create pipeline' }));
  await expect(
    page.getByText('Created flow crm-opportunity: CRM Opportunity → s3://crm-raw-zone/crm/'),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: /appflow crm-opportunity/ })).toBeVisible();
  await lab.jumpAhead('5m');

  await press(page, page.getByRole('button', { name: 'List view' }));
  await expect(
    page.getByRole('row', { name: /^crm-opportunity Amazon AppFlow flow/ }),
  ).toContainText(/1 run\(s\), [1-9][\d,]* records/);
  await press(page, page.getByRole('button', { name: 'Open crm-raw-zone' }));
  await press(page, page.getByRole('link', { name: 'Open crm-raw-zone in Amazon S3' }));
  for (const folder of ['crm/', 'crm-opportunity/'])
    await press(page, page.getByRole('link', { name: folder, exact: true }));
  // One folder per flow run (its execution id), holding the run's file.
  await press(page, page.getByRole('link', { name: /\/$/ }).first());
  await expect(page.getByRole('link', { name: 'part-00000.jsonl' })).toBeVisible();
});

test('a created pipeline comes into view on its own, beside its bucket, with a minimap that shows its nodes', async ({
  lab,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openCanvas(lab, page);
  await addBucket(page, 'lake-raw-zone');
  await addBucket(page, 'lake-curated-zone');
  await addFromPalette(page, 'Clickstream app → Kinesis Data Streams → Firehose', 'lake-raw-zone');
  await press(page, page.getByRole('button', { name: 'Create pipeline' }));
  await expect(page.getByText(/Created clickstream → clickstream-to-s3/)).toBeVisible();

  const canvas = page.locator('.react-flow');
  await canvas.scrollIntoViewIfNeeded();
  const ids = [
    'clickstream',
    'kinesis:clickstream',
    'firehose:clickstream-to-s3',
    'bucket:lake-raw-zone',
  ];
  // Never pressing Auto-layout: every node of the new pipeline lies inside the canvas's view.
  await expect
    .poll(async () => {
      const view = (await canvas.boundingBox())!;
      const outside: string[] = [];
      for (const id of ids) {
        const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
        const inside =
          box &&
          box.x >= view.x &&
          box.y >= view.y &&
          box.x + box.width <= view.x + view.width &&
          box.y + box.height <= view.y + view.height;
        if (!inside) outside.push(id);
      }
      return outside;
    })
    .toEqual([]);
  // Beside the bucket it writes to, on the bucket's row: no empty space above it.
  const top = async (id: string) =>
    (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!.y;
  expect(Math.abs((await top('clickstream')) - (await top('bucket:lake-raw-zone')))).toBeLessThan(
    2,
  );
  await expect(page.locator('.react-flow__minimap .react-flow__minimap-node')).toHaveCount(5);
});
