// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShowCliButton } from './ShowCliButton';

afterEach(cleanup);

describe('ShowCliButton', () => {
  it('opens a modal with the CLI command for the action and a Copy button', () => {
    render(<ShowCliButton service="s3" operation="CreateBucket" input={{ Bucket: 'raw-zone' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show CLI command' }));
    expect(screen.getByLabelText('CLI command').textContent).toBe(
      'aws s3api create-bucket --bucket raw-zone',
    );
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
  });

  it('puts each option on its own continued line when there are several', () => {
    render(
      <ShowCliButton
        service="s3"
        operation="CreateBucket"
        input={{
          Bucket: 'raw-zone',
          CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show CLI command' }));
    expect(screen.getByLabelText('CLI command').textContent).toBe(
      `aws s3api create-bucket \\\n    --bucket raw-zone \\\n    --create-bucket-configuration '{"LocationConstraint":"eu-west-1"}'`,
    );
  });
});
