import { useReducer, useRef, useState } from 'react';
import type { ReactCodeMirrorRef } from '@uiw/react-codemirror';
import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Grid from '@cloudscape-design/components/grid';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import { DataPanel } from './DataPanel';
import { EditorTabs } from './EditorTabs';
import { PageHeader } from './PageHeader';
import { QueryEditor } from './QueryEditor';
import { QueryToolbar } from './QueryToolbar';
import { activeTabOf, initialQueryTabs, queryTabsReducer } from './queryTabs';
import { ResultLocationBanner } from './ResultLocationBanner';
import { ResultLocationModal } from './ResultLocationModal';
import { ResultsPanel } from './ResultsPanel';
import { ResultTabs, type ResultTabId } from './ResultTabs';
import { SaveQueryModal } from './SaveQueryModal';
import { useCatalogTables, useDatabaseNames } from './useCatalog';
import { useDataCatalogs } from './useDataCatalogs';
import { useEditorSchema } from './useEditorSchema';
import { isRunning, useExecution } from './useExecution';
import { useQueryRunner } from './useQueryRunner';
import { useWorkGroups } from './useWorkGroups';

const GLUE_CATALOG = 'AwsDataCatalog';

/** Amazon Athena's query editor: data panel, query tabs, results, recent and saved queries. */
export default function AthenaPage() {
  const principal = useLake((s) => s.principal);
  const [workGroup, setWorkGroup] = useState('primary');
  const [catalog, setCatalog] = useState(GLUE_CATALOG);
  const [chosenDatabase, setDatabase] = useState<string>();
  const [tabs, dispatch] = useReducer(queryTabsReducer, undefined, initialQueryTabs);
  const [resultTab, setResultTab] = useState<ResultTabId>('results');
  const [dialog, setDialog] = useState<'settings' | 'save'>();
  const editorRef = useRef<ReactCodeMirrorRef>(null);

  const groups = useWorkGroups(workGroup);
  const catalogs = useDataCatalogs().data ?? [{ name: GLUE_CATALOG, type: 'GLUE' }];
  const isGlue = (catalogs.find((c) => c.name === catalog)?.type ?? 'GLUE') === 'GLUE';
  const databases = useDatabaseNames(isGlue).data ?? [];
  const database =
    chosenDatabase ?? (databases.includes('default') ? 'default' : (databases[0] ?? ''));
  const tables = useCatalogTables(isGlue ? database : '').data;
  const schema = useEditorSchema(databases, database, tables);

  const tab = activeTabOf(tabs);
  const view = useExecution(tab.executionId);
  const runner = useQueryRunner(tab, { catalog, database, workGroup }, dispatch, editorRef);
  const openInNewTab = (sql: string, title?: string, run = false) => {
    const id = `tab-${tabs.nextNumber}`;
    dispatch({ type: 'add', sql, ...(title ? { title } : {}) });
    if (run) void runner.runIn(id, sql);
    setResultTab('results');
  };
  const runActiveTab = () => {
    setResultTab('results');
    void runner.run();
  };
  const hasLocation = groups.data ? Boolean(groups.data.outputLocation) : true;

  return (
    <ContentLayout
      header={
        <PageHeader
          workGroups={groups.data?.names ?? []}
          workGroup={workGroup}
          onWorkGroupChange={setWorkGroup}
          principal={principal}
        />
      }
    >
      <SpaceBetween size="l">
        {!hasLocation && <ResultLocationBanner onEdit={() => setDialog('settings')} />}
        <Grid
          gridDefinition={[{ colspan: { default: 12, s: 4 } }, { colspan: { default: 12, s: 8 } }]}
        >
          <DataPanel
            catalogs={catalogs}
            catalog={catalog}
            onCatalogChange={setCatalog}
            databases={databases}
            database={database}
            onDatabaseChange={setDatabase}
            tables={tables}
            onPreview={(sql, title) => openInNewTab(sql, title, true)}
            onInsert={runner.insert}
          />
          <SpaceBetween size="l">
            <Container>
              <EditorTabs state={tabs} dispatch={dispatch}>
                <SpaceBetween size="s">
                  <QueryEditor
                    key={tab.id}
                    editorRef={editorRef}
                    label={`SQL query, ${tab.title}`}
                    value={tab.sql}
                    onChange={(sql) => dispatch({ type: 'edit', id: tab.id, sql })}
                    onRun={runActiveTab}
                    schema={schema}
                    defaultSchema={database}
                  />
                  <QueryToolbar
                    isRunning={isRunning(view.execution)}
                    isStarting={runner.isStarting}
                    canRun={tab.sql.trim() !== ''}
                    onRun={runActiveTab}
                    onCancel={runner.cancel}
                    onClear={() => dispatch({ type: 'edit', id: tab.id, sql: '' })}
                    onSave={() => setDialog('save')}
                  />
                  {runner.startError && (
                    <Alert type="error" header={runner.startError.name}>
                      {runner.startError.message}
                    </Alert>
                  )}
                </SpaceBetween>
              </EditorTabs>
            </Container>
            <ResultTabs
              active={resultTab}
              onChange={setResultTab}
              workGroup={workGroup}
              results={
                <ResultsPanel key={tab.executionId ?? tab.id} view={view} onGoTo={runner.goTo} />
              }
              onOpen={(sql) => openInNewTab(sql)}
              onRerun={(sql) => openInNewTab(sql, undefined, true)}
              onOpenSaved={(q) => openInNewTab(q.QueryString ?? '', q.Name)}
            />
          </SpaceBetween>
        </Grid>
      </SpaceBetween>
      {dialog === 'settings' && (
        <ResultLocationModal
          workGroup={workGroup}
          current={groups.data?.outputLocation}
          onDismiss={() => setDialog(undefined)}
        />
      )}
      {dialog === 'save' && (
        <SaveQueryModal
          initialName={tab.title}
          sql={tab.sql}
          database={database}
          workGroup={workGroup}
          onDismiss={() => setDialog(undefined)}
        />
      )}
    </ContentLayout>
  );
}
