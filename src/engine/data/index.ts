export {
  generateShop,
  SHOP_DEFAULTS,
  type ShopData,
  type ShopOptions,
  type SampleTable,
} from './shop';
export {
  generateClickstream,
  CLICKSTREAM_DEFAULTS,
  CLICKSTREAM_START,
  type ClickEvent,
  type ClickstreamOptions,
} from './clickstream';
export {
  sampleDataObjects,
  SAMPLE_DATA_PREFIXES,
  type SampleDataOptions,
  type SampleObject,
} from './sampleObjects';
export {
  loadSampleData,
  SAMPLE_DATA_BUCKET,
  type OperationCall,
  type SampleDataSummary,
} from './loadSampleData';
