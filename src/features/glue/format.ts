export { formatBytes, formatDate } from '../../ui/format';
