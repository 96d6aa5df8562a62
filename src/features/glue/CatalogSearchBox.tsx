import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { navigate } from '../../store/router';

/** "Search tables": words found in database, table and column names go to the search page. */
export function CatalogSearchBox({ initialText }: { initialText: string }) {
  const [text, setText] = useState(initialText);
  const search = () => navigate('/glue/search', { q: text.trim() });
  return (
    <Container>
      <FormField
        label="Search tables"
        description="Find tables in every database by database, table or column name, description or property. Quote a value for an exact match."
        stretch
      >
        <SpaceBetween direction="horizontal" size="xs">
          <div style={{ width: 480 }}>
            <Input
              type="search"
              clearAriaLabel="Clear"
              value={text}
              placeholder="customer_id"
              onChange={({ detail }) => setText(detail.value)}
              onKeyDown={({ detail }) => {
                if (detail.key === 'Enter') search();
              }}
            />
          </div>
          <Button onClick={search}>Search</Button>
        </SpaceBetween>
      </FormField>
    </Container>
  );
}
