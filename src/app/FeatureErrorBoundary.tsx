import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';

interface Props {
  /** What the panel is called, for the copied details ("Amazon S3"). */
  featureName: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  componentStack: string | undefined;
  copied: boolean;
}

/** Details a student can paste into a bug report. */
export function errorDetails(featureName: string, error: Error, componentStack?: string): string {
  const location = typeof window === 'undefined' ? '' : window.location.href;
  return [
    `LakeLab: the ${featureName} panel stopped working`,
    `URL: ${location}`,
    `${error.name}: ${error.message}`,
    error.stack ?? '',
    componentStack ?? '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Catches a bug in one page so the rest of the console keeps working: shows what broke,
 * a Reset that re-mounts the page, and "Copy details" for a bug report.
 */
export class FeatureErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined, componentStack: undefined, copied: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)), copied: false };
  }

  componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? undefined });
  }

  private handleReset = () =>
    this.setState({ error: undefined, componentStack: undefined, copied: false });

  private handleCopy = async () => {
    const { error, componentStack } = this.state;
    if (!error) return;
    try {
      await navigator.clipboard.writeText(
        errorDetails(this.props.featureName, error, componentStack),
      );
      this.setState({ copied: true });
    } catch {
      this.setState({ copied: false });
    }
  };

  render(): ReactNode {
    const { error, copied } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert
        type="error"
        header="This panel stopped working"
        action={
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={this.handleReset}>Reset</Button>
            <Button iconName="copy" onClick={() => void this.handleCopy()}>
              {copied ? 'Copied' : 'Copy details'}
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="xs">
          <Box variant="code">{error.message}</Box>
          <Box variant="p">
            The rest of LakeLab keeps working and your lab is unchanged. Reset reloads this panel;
            if it breaks again, copy the details into a bug report.
          </Box>
        </SpaceBetween>
      </Alert>
    );
  }
}
