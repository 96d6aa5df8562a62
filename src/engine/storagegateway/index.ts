import type { ServiceModule } from '../core/operations';
import {
  CreateNFSFileShare,
  DeleteFileShare,
  DescribeNFSFileShares,
  ListFileShares,
  NotifyWhenUploaded,
  RefreshCache,
  UpdateNFSFileShare,
} from './fileShares';
import {
  ActivateGateway,
  DeleteGateway,
  DescribeGatewayInformation,
  ListGateways,
} from './gateways';
import { AddTagsToResource, ListTagsForResource, RemoveTagsFromResource } from './tags';
import { installUploads } from './uploads';

export { storageGatewayActivity, type FileShareActivity, type GatewayActivity } from './activity';

export const storageGatewayService: ServiceModule = {
  name: 'storagegateway',
  iamPrefix: 'storagegateway',
  accessDeniedCode: 'AccessDeniedException',
  operations: {
    ActivateGateway,
    DescribeGatewayInformation,
    ListGateways,
    DeleteGateway,
    CreateNFSFileShare,
    DescribeNFSFileShares,
    ListFileShares,
    UpdateNFSFileShare,
    DeleteFileShare,
    RefreshCache,
    NotifyWhenUploaded,
    ListTagsForResource,
    AddTagsToResource,
    RemoveTagsFromResource,
  },
  install: installUploads,
};
