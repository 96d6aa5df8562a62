import Pagination, { type PaginationProps } from '@cloudscape-design/components/pagination';

const ARIA_LABELS: PaginationProps.Labels = {
  nextPageLabel: 'Next page',
  previousPageLabel: 'Previous page',
  pageLabel: (n) => `Page ${n}`,
};

/** Cloudscape pagination with the labels screen readers need on its arrow buttons. */
export function TablePagination(props: PaginationProps) {
  return <Pagination ariaLabels={ARIA_LABELS} {...props} />;
}
