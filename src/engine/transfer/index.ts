import type { ServiceModule } from '../core/operations';
import { installTransfer } from './partnerUploads';
import {
  CreateServer,
  DeleteServer,
  DescribeServer,
  ListServers,
  StartServer,
  StopServer,
} from './servers';
import { UpdateServer } from './serverUpdate';
import { DeleteSshPublicKey, ImportSshPublicKey } from './sshKeys';
import { ListTagsForResource, TagResource, UntagResource } from './tags';
import { CreateUser, DeleteUser, DescribeUser, ListUsers, UpdateUser } from './users';

export { transferActivity, type TransferServerActivity } from './state';
export { uploadTarget } from './partnerUploads';

export const transferService: ServiceModule = {
  name: 'transfer',
  iamPrefix: 'transfer',
  accessDeniedCode: 'AccessDeniedException',
  operations: {
    CreateServer,
    DescribeServer,
    ListServers,
    StartServer,
    StopServer,
    UpdateServer,
    DeleteServer,
    CreateUser,
    DescribeUser,
    ListUsers,
    UpdateUser,
    DeleteUser,
    ImportSshPublicKey,
    DeleteSshPublicKey,
    TagResource,
    UntagResource,
    ListTagsForResource,
  },
  install: installTransfer,
};
