import Box from '@cloudscape-design/components/box';

/** What the colours, dots and edge styles on the canvas mean. */
export function Legend() {
  return (
    <div className="lc-legend" role="note" aria-label="Legend">
      <Box variant="strong">Legend</Box>
      <span className="lc-legend-item">
        <span className="lc-icon lc-source-swatch" aria-hidden="true" />
        Source system
      </span>
      <span className="lc-legend-item">
        <span className="lc-icon lc-service-swatch" aria-hidden="true" />
        AWS ingestion service
      </span>
      <span className="lc-legend-item">
        <span className="lc-icon lc-storage-swatch" aria-hidden="true" />
        S3 bucket (objects · size)
      </span>
      <span className="lc-legend-item">
        <span className="lc-dot lc-dot-active" aria-hidden="true" /> active
        <span className="lc-dot lc-dot-working" aria-hidden="true" /> working
        <span className="lc-dot lc-dot-failed" aria-hidden="true" /> error
      </span>
      <span className="lc-legend-item">Moving edges: data flowing while the clock plays</span>
    </div>
  );
}
