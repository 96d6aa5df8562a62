import type { EngineHooks, ServiceModule } from '../core/operations';
import { FLUSH_EVENT, type FlushEventData } from './delivery';
import {
  CreateDeliveryStream,
  DeleteDeliveryStream,
  ListDeliveryStreams,
  UpdateDestination,
} from './deliveryStreams';
import { DescribeDeliveryStream } from './describe';
import { flushBuffer } from './flush';
import { DELIVERY_STREAM_ACTIVE_EVENT } from './model';
import { installMskSource } from './mskSource';
import { PutRecord, PutRecordBatch } from './puts';
import { installSse, StartDeliveryStreamEncryption, StopDeliveryStreamEncryption } from './sse';
import { firehoseState } from './state';
import { ListTagsForDeliveryStream, TagDeliveryStream, UntagDeliveryStream } from './tags';

export { firehoseFlow, type FirehoseFlow } from './flow';

function install(hooks: EngineHooks): void {
  installMskSource(hooks);
  installSse(hooks);
  hooks.clock.on(DELIVERY_STREAM_ACTIVE_EVENT, (event) => {
    const { name, created } = event.data as { name: string; created: number };
    const stream = firehoseState(hooks.world()).streams[name];
    if (stream?.DeliveryStreamStatus !== 'CREATING' || stream.CreateTimestamp !== created) return;
    stream.DeliveryStreamStatus = 'ACTIVE';
    // SSE asked for on create is ENABLING while the stream is CREATING, then ENABLED.
    if (stream.sse?.Status === 'ENABLING') stream.sse.Status = 'ENABLED';
  });
  // A buffer's interval ran out: deliver it unless a size-triggered delivery already emptied it.
  hooks.clock.on(FLUSH_EVENT, async (event) => {
    const data = event.data as FlushEventData;
    const ctx = hooks.contextFor('', 'firehose', 'PutRecordBatch');
    const stream = firehoseState(ctx.world).streams[data.streamName];
    if (!stream || stream.buffers[data.partition]?.oldest !== data.oldest) return;
    await flushBuffer(ctx, stream, data.partition);
  });
}

export const firehoseService: ServiceModule = {
  name: 'firehose',
  iamPrefix: 'firehose',
  accessDeniedCode: 'AccessDeniedException',
  operations: {
    CreateDeliveryStream,
    DescribeDeliveryStream,
    ListDeliveryStreams,
    DeleteDeliveryStream,
    UpdateDestination,
    PutRecord,
    PutRecordBatch,
    TagDeliveryStream,
    UntagDeliveryStream,
    ListTagsForDeliveryStream,
    StartDeliveryStreamEncryption,
    StopDeliveryStreamEncryption,
  },
  install,
};
