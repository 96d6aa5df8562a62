import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Cards from '@cloudscape-design/components/cards';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { useState } from 'react';
import { SCENARIOS, type Scenario } from '../../scenarios';
import { useLakeStore } from '../../store';
import { navigate } from '../../store/router';
import { ConfirmOpenScenarioModal } from './ConfirmOpenScenarioModal';

/** `/scenarios`: ready-made labs an instructor opens in one click (after confirming). */
export default function ScenariosPage() {
  const store = useLakeStore();
  const [chosen, setChosen] = useState<Scenario | undefined>();
  const [isOpening, setOpening] = useState(false);
  const handleReplace = async () => {
    if (!chosen) return;
    setOpening(true);
    try {
      const engine = await chosen.build();
      store.getState().replaceEngine(engine);
      store.getState().setPrincipal(undefined);
      store.getState().notify({
        type: 'success',
        header: `Opened “${chosen.title}”`,
        content: chosen.description,
      });
      setChosen(undefined);
      navigate('/s3');
    } finally {
      setOpening(false);
    }
  };
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Ready-made labs for a class or a demo. Opening one replaces your current lab, after you confirm."
        >
          Scenarios
        </Header>
      }
    >
      <Cards
        ariaLabels={{ itemSelectionLabel: () => '', selectionGroupLabel: 'Scenarios' }}
        items={SCENARIOS}
        trackBy="id"
        cardsPerRow={[{ cards: 1 }, { minWidth: 700, cards: 2 }]}
        cardDefinition={{
          header: (s) => s.title,
          sections: [
            { id: 'description', content: (s) => s.description },
            {
              id: 'contents',
              header: 'What it holds',
              content: (s) => (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {s.contents.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              ),
            },
            {
              id: 'open',
              content: (s) => (
                <Box float="right">
                  <Button ariaLabel={`Open ${s.title}`} onClick={() => setChosen(s)}>
                    Open
                  </Button>
                </Box>
              ),
            },
          ],
        }}
      />
      <ConfirmOpenScenarioModal
        title={chosen?.title}
        isOpening={isOpening}
        onDismiss={() => setChosen(undefined)}
        onReplace={() => void handleReplace()}
      />
    </ContentLayout>
  );
}
