import { useMemo, useState } from 'react';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { effectiveLfTags } from '../../engine/lakeformation/access';
import { TablePagination } from '../../ui/TablePagination';
import { catalogTree, tagsText } from './catalogModel';
import { useLakeFormation } from './useLakeFormation';

const PAGE_SIZE = 20;

/** Databases and tables of the Glue Data Catalog with the LF-Tags in force on each. */
export function CatalogSection() {
  const { world, version } = useLakeFormation();
  const [page, setPage] = useState(1);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the world mutates in place; version marks changes
  const tree = useMemo(() => catalogTree(world), [world, version]);
  const databases = tree.map((db) => ({
    name: db.name,
    tags: tagsText(effectiveLfTags(world, db.name)),
  }));
  const tables = tree.flatMap((db) => db.tables);
  const pageCount = Math.max(1, Math.ceil(tables.length / PAGE_SIZE));
  const shown = tables.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((t) => ({
    ...t,
    key: `${t.database}.${t.name}`,
    tags: tagsText(effectiveLfTags(world, t.database, t.name)),
  }));
  return (
    <SpaceBetween size="l">
      <Table
        header={
          <Header
            variant="h1"
            counter={`(${databases.length})`}
            description="Read from the Glue Data Catalog. Assign LF-Tags in the permission playground's catalog tree."
          >
            Databases
          </Header>
        }
        items={databases}
        trackBy="name"
        empty="No databases in the Data Catalog."
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (d) => d.name, isRowHeader: true },
          { id: 'tags', header: 'LF-Tags', cell: (d) => d.tags },
        ]}
      />
      <Table
        header={
          <Header variant="h2" counter={`(${tables.length})`}>
            Tables
          </Header>
        }
        items={shown}
        trackBy="key"
        empty="No tables in the Data Catalog."
        pagination={
          <TablePagination
            currentPageIndex={page}
            pagesCount={pageCount}
            onChange={({ detail }) => setPage(detail.currentPageIndex)}
          />
        }
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (t) => t.name, isRowHeader: true },
          { id: 'database', header: 'Database', cell: (t) => t.database },
          { id: 'columns', header: 'Columns', cell: (t) => t.columns.length },
          { id: 'tags', header: 'LF-Tags (table)', cell: (t) => t.tags },
        ]}
      />
    </SpaceBetween>
  );
}
