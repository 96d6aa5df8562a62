export {
  parseCliLine,
  cliServices,
  cliCommandNames,
  optionNames,
  SDK_CATALOG,
} from './parseCliLine';
export { runCliLine, type CliRunContext } from './runCliLine';
export { toCliCommand } from './toCliCommand';
export { tokenize, shellQuote } from './tokenize';
export { toKebab, fromKebab } from './names';
export { CliUsageError, isCliUsageError } from './errors';
export type { CliCatalog, CliCommand } from './commands';
export type { CliResult, CliDownload } from './result';
