import { storageGatewayActivity } from '../../engine/storagegateway';
import type { World } from '../../engine/world';
import { arnName, bucketId, fmt, node, type LakeGraph } from './graphModel';

/** S3 File Gateways: NAS file share → gateway → bucket/prefix, with write and upload counters. */
export function gatewayNodes(world: World, graph: LakeGraph): void {
  for (const g of storageGatewayActivity(world)) {
    const id = `storagegateway:${arnName(g.GatewayARN)}`;
    const uploaded = g.fileShares.reduce((n, s) => n + s.counters.filesUploaded, 0);
    const waiting = g.fileShares.reduce((n, s) => n + s.waiting, 0);
    const failing = g.fileShares.find((s) => s.lastError)?.lastError;
    graph.nodes.push(
      node(
        id,
        'storagegateway',
        g.GatewayName,
        // ACTIVE as GatewayOperationalState says while the appliance runs; SHUTDOWN is its
        // GatewayState once stopped (DescribeGatewayInformation).
        g.GatewayState === 'RUNNING' ? 'ACTIVE' : 'SHUTDOWN',
        [
          `${g.fileShares.length} file share(s)`,
          `${fmt(uploaded)} files uploaded`,
          ...(waiting ? [`${fmt(waiting)} waiting to upload`] : []),
        ],
        failing && `${failing.code}: ${failing.message}`,
      ),
    );
    for (const share of g.fileShares) {
      for (const client of share.clients) {
        const source = `fileshare:${client.ServerHostname}`;
        if (!graph.nodes.some((n) => n.id === source))
          graph.nodes.push(
            node(source, 'fileshare', client.ServerHostname, 'online', [
              `nfs://${client.ServerHostname}${client.exportPath}`,
            ]),
          );
        graph.edges.push({
          id: `${source}->${id}:${share.FileShareName}`,
          source,
          target: id,
          records: share.counters.filesWritten,
          bytes: 0,
          unit: 'objects',
        });
      }
      const target = bucketId(share.bucket);
      graph.edges.push({
        id: `${id}->${target}:${share.FileShareName}`,
        source: id,
        target,
        prefix: share.prefix,
        records: share.counters.filesUploaded,
        bytes: share.counters.bytesUploaded,
        unit: 'objects',
      });
    }
  }
}
