import type { EngineHooks, ServiceModule } from '../core/operations';
import { accrueStreamHours } from './costs';
import { STREAM_ACTIVE_EVENT } from './model';
import { GetRecords, GetShardIterator } from './reading';
import { PutRecord, PutRecords } from './records';
import { DecreaseStreamRetentionPeriod, IncreaseStreamRetentionPeriod } from './retention';
import { kinesisState } from './state';
import {
  DeregisterStreamConsumer,
  DescribeStreamConsumer,
  ListStreamConsumers,
  RegisterStreamConsumer,
} from './consumers';
import { CreateStream } from './createStream';
import { DisableEnhancedMonitoring, EnableEnhancedMonitoring } from './monitoring';
import { MergeShards, SplitShard } from './splitMerge';
import {
  completeResharding,
  DescribeLimits,
  STREAM_RESHARDED_EVENT,
  UpdateShardCount,
  UpdateStreamMode,
} from './resharding';
import {
  AddTagsToStream,
  ListTagsForResource,
  ListTagsForStream,
  RemoveTagsFromStream,
  TagResource,
  UntagResource,
} from './tags';
import {
  DeleteStream,
  DescribeStream,
  DescribeStreamSummary,
  ListShards,
  ListStreams,
} from './streams';
import { installClickstream } from '../sources/clickstream/producer';

export { kinesisFlow, type KinesisFlow } from './flow';

function install(hooks: EngineHooks): void {
  hooks.clock.addTicker((from, to) => accrueStreamHours(hooks.world(), from, to));
  hooks.clock.on(STREAM_ACTIVE_EVENT, (event) => {
    const { streamName, created } = event.data as { streamName: string; created: number };
    const stream = kinesisState(hooks.world()).streams[streamName];
    // A stream deleted and re-created meanwhile has a newer creation time: this event is not its.
    if (stream?.StreamStatus === 'CREATING' && stream.StreamCreationTimestamp === created)
      stream.StreamStatus = 'ACTIVE';
  });
  hooks.clock.on(STREAM_RESHARDED_EVENT, (event) => completeResharding(hooks.world(), event.data));
  installClickstream(hooks);
}

export const kinesisService: ServiceModule = {
  name: 'kinesis',
  iamPrefix: 'kinesis',
  accessDeniedCode: 'AccessDeniedException',
  operations: {
    CreateStream,
    DeleteStream,
    DescribeStream,
    DescribeStreamSummary,
    ListStreams,
    ListShards,
    PutRecord,
    PutRecords,
    GetShardIterator,
    GetRecords,
    IncreaseStreamRetentionPeriod,
    DecreaseStreamRetentionPeriod,
    AddTagsToStream,
    RemoveTagsFromStream,
    ListTagsForStream,
    TagResource,
    UntagResource,
    ListTagsForResource,
    UpdateShardCount,
    UpdateStreamMode,
    SplitShard,
    MergeShards,
    EnableEnhancedMonitoring,
    DisableEnhancedMonitoring,
    DescribeLimits,
    RegisterStreamConsumer,
    DescribeStreamConsumer,
    ListStreamConsumers,
    DeregisterStreamConsumer,
  },
  install,
};
